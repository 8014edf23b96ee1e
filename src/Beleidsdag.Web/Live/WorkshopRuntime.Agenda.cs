using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>Editing the agenda before and during the day: the workshop is replaced as a whole, under the same lock.</summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>
    /// Replaces the agenda by <paramref name="edit"/>'s result. The room stays on the same item (found by id);
    /// answers that no longer fit an edited question are dropped, in memory and in the same commit as the
    /// new agenda. An edit that drops answers or werkpunten is only saved when <paramref name="confirmed"/>.
    /// </summary>
    public async Task<AgendaChange> ReviseAgendaAsync(Func<IReadOnlyList<Activity>, IReadOnlyList<Activity>> edit, bool confirmed = false)
    {
        Task write;
        lock (_gate)
        {
            var next = edit(_workshop.Agenda);
            if (next.SequenceEqual(_workshop.Agenda))
            {
                return AgendaChange.Unchanged;
            }

            var plan = AgendaRevision.Plan(_workshop, _live, next, AnswersOf, HeldBy);
            if (!plan.IsAllowed)
            {
                return new AgendaChange(AgendaChangeStatus.Refused, plan.Errors);
            }

            if (plan.NeedsConfirmation && !confirmed)
            {
                return new AgendaChange(AgendaChangeStatus.NeedsConfirmation, plan.Consequences);
            }

            write = _writer.EnqueueAsync([.. Apply(next, plan)]);
        }

        await CommittedAsync(write, ChangeKind.Room | ChangeKind.Figures);
        return AgendaChange.Saved;
    }

    /// <summary>How many current answers a question has (the agenda editor warns before dropping them).</summary>
    public int AnswerCount(string questionId)
    {
        lock (_gate)
        {
            return _responses.TryGetValue(questionId, out var responses) ? responses.RespondentCount : 0;
        }
    }

    private IReadOnlyCollection<Answer> AnswersOf(string questionId) =>
        _responses.TryGetValue(questionId, out var responses) ? responses.Answers : [];

    /// <summary>A group exercise's werkpunten, or how many took part in a prioritisation or consent round.</summary>
    private int HeldBy(string activityId) => _workshop.Agenda.FirstOrDefault(a => a.Id == activityId) switch
    {
        GroupExerciseActivity => _boards.TryGetValue(activityId, out var board) ? board.All.Count() : 0,
        PrioritisationActivity => _dots.Count(d => d.Key.Activity == activityId),
        ConsentActivity => _consent.Keys.Where(k => k.Activity == activityId).Select(k => k.Participant).Distinct(StringComparer.Ordinal).Count(),
        _ => 0,
    };

    private IEnumerable<PendingWrite> Apply(IReadOnlyList<Activity> next, AgendaRevision plan)
    {
        _workshop = _workshop with { Agenda = next };
        _live = plan.Live;
        var writes = new List<PendingWrite> { new SaveWorkshop(_workshop, _live) };
        var dropped = plan.DroppedAnswers.Select(a => (a.QuestionId, a.ParticipantId)).ToHashSet();
        var trimmed = plan.TrimmedAnswers.ToDictionary(a => (a.QuestionId, a.ParticipantId));
        var questions = next.OfType<QuestionActivity>().Select(q => q.Question).ToList();
        foreach (var gone in _responses.Keys.Except(questions.Select(q => q.Id), StringComparer.Ordinal).ToList())
        {
            _responses.Remove(gone);
        }

        foreach (var question in questions)
        {
            var before = _responses.GetValueOrDefault(question.Id);
            if (before?.Question == question)
            {
                continue;
            }

            // QuestionResponses holds its question: an edited question gets a new one with the answers that still fit.
            var responses = new QuestionResponses(question);
            foreach (var answer in before?.Answers ?? [])
            {
                if (!dropped.Contains((answer.QuestionId, answer.ParticipantId)))
                {
                    responses.Apply(trimmed.GetValueOrDefault((answer.QuestionId, answer.ParticipantId)) ?? answer);
                }
            }

            _responses[question.Id] = responses;
        }

        writes.AddRange(plan.DroppedAnswers.Select(a => new DeleteAnswer(_workshop.Id, a.QuestionId, a.ParticipantId)));
        writes.AddRange(plan.TrimmedAnswers.Select(a => new SaveAnswer(_workshop.Id, a)));
        foreach (var exerciseId in plan.RemovedExerciseIds)
        {
            if (_boards.Remove(exerciseId, out var board))
            {
                writes.AddRange(board.All.Select(w => new DeleteWerkpunt(w.Id)));
            }
        }

        return writes;
    }
}
