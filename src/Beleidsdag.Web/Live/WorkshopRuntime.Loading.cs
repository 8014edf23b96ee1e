using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>Filling memory from what the database holds: at start-up, and again after a failed commit.</summary>
public sealed partial class WorkshopRuntime
{
    private void ClearGroupWork()
    {
        _groupOf.Clear();
        _boards.Clear();
        _plusOnes.Clear();
        _dots.Clear();
        _consent.Clear();
    }

    private void RestoreGroupWork(StoredWorkshop stored)
    {
        foreach (var m in stored.Memberships)
        {
            _groupOf[(m.ExerciseId, m.ParticipantId)] = m.GroupId;
        }

        foreach (var w in stored.Werkpunten)
        {
            BoardOf(w.ExerciseId).Put(w);
        }

        foreach (var r in stored.Reactions.Where(r => r.On))
        {
            _plusOnes.Add((r.WerkpuntId, r.ParticipantId));
        }

        foreach (var (activity, vote) in stored.Dots)
        {
            _dots[(activity, vote.ParticipantId)] = vote;
        }

        foreach (var (activity, vote) in stored.Consent)
        {
            _consent[(activity, vote.WerkpuntId, vote.ParticipantId)] = vote;
        }
    }

    /// <summary>
    /// Replaces the live state with what the database holds, after a failed commit: memory keeps nothing that
    /// was not committed. Open connections stay.
    /// </summary>
    public void Reload(StoredWorkshop stored)
    {
        lock (_gate)
        {
            Load(stored);
        }

        _ = _feed.PublishAsync(new WorkshopChange(this, ChangeKind.Reloaded | ChangeKind.Figures));
    }

    private void Load(StoredWorkshop stored)
    {
        _participants.Clear();
        _participantIdByTokenHash.Clear();
        _responses.Clear();
        _receipts.Clear();
        _moderation = new OpenTextModeration();
        ClearGroupWork();
        _workshop = stored.Workshop;
        _live = stored.Live;
        foreach (var question in _workshop.Agenda.OfType<QuestionActivity>())
        {
            _responses[question.Question.Id] = new QuestionResponses(question.Question);
        }

        foreach (var participant in stored.Participants)
        {
            AddParticipant(participant);
        }

        foreach (var answer in stored.Answers)
        {
            _responses.GetValueOrDefault(answer.QuestionId)?.Apply(answer);
        }

        RestoreGroupWork(stored);
        RestoreAgreements(stored);
        foreach (var decision in stored.Moderation)
        {
            _moderation.Apply(decision);
        }

        foreach (var receipt in stored.Receipts)
        {
            _receipts[receipt.StoreKey] = Task.FromResult(receipt);
        }
    }

    private void AddParticipant(Participant participant)
    {
        _participants[participant.Id] = participant;
        _participantIdByTokenHash[participant.TokenHash] = participant.Id;
    }
}
