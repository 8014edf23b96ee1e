using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Web.Persistence;

namespace Beleidsdag.Web.Live;

/// <summary>
/// Figures that have left the app (docs/rules.md): once a question's or round's results were revealed or
/// exported, the sides of its answers are fixed, a removed participant's answers stay, and a split that was
/// too small at that moment is withheld for good. Everything here runs under the runtime's lock.
/// </summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>Marks what is voted on under <paramref name="votedOnId"/> as disclosed; true when the live state changed.</summary>
    private bool Disclose(string votedOnId)
    {
        var state = _live.StateOf(votedOnId);
        var disclosed = state with { Disclosed = true, SplitWithheld = state.SplitWithheld || HasSmallSideNow(votedOnId) };
        if (disclosed == state)
        {
            return false;
        }

        _live = _live.With(votedOnId, disclosed);
        return true;
    }

    private bool IsDisclosed(string votedOnId) => _live.StateOf(votedOnId).Disclosed;

    /// <summary>CBS/VB or MAT with 1 to (minimum − 1) people in the figures right now ("anders" never withholds the split).</summary>
    private bool HasSmallSideNow(string votedOnId)
    {
        if (_responses.TryGetValue(votedOnId, out var responses))
        {
            return Prioritisation.HasSmallSide(responses.Answers.Select(a => a.Side), _minimumPerSide);
        }

        var dots = _dots.Where(d => d.Key.Activity == votedOnId && d.Value.Dots.Values.Sum() > 0).Select(d => d.Value.Side);
        var consent = _consent.Where(c => c.Key.Activity == votedOnId).GroupBy(c => c.Key.Werkpunt, StringComparer.Ordinal);
        return Prioritisation.HasSmallSide(dots, _minimumPerSide)
            || consent.Any(werkpunt => Prioritisation.HasSmallSide(werkpunt.Select(v => v.Value.Side), _minimumPerSide));
    }

    /// <summary>A corrected side: the participant's answers and votes that have not left the app move along with it.</summary>
    private IEnumerable<PendingWrite> MoveUndisclosed(string participantId, Side side)
    {
        var writes = new List<PendingWrite>();
        foreach (var responses in _responses.Values.Where(r => !IsDisclosed(r.Question.Id)))
        {
            if (responses.AnswerOf(participantId) is { } answer && answer.Side != side)
            {
                var moved = answer with { Side = side };
                responses.Apply(moved);
                writes.Add(new SaveAnswer(_workshop.Id, moved));
            }
        }

        foreach (var (key, vote) in _dots.Where(d => d.Key.Participant == participantId && !IsDisclosed(d.Key.Activity) && d.Value.Side != side).ToList())
        {
            _dots[key] = vote with { Side = side };
            writes.Add(new SaveDots(_workshop.Id, key.Activity, _dots[key]));
        }

        foreach (var (key, vote) in _consent.Where(c => c.Key.Participant == participantId && !IsDisclosed(c.Key.Activity) && c.Value.Side != side).ToList())
        {
            _consent[key] = vote with { Side = side };
            writes.Add(new SaveConsent(_workshop.Id, key.Activity, _consent[key]));
        }

        return writes;
    }

    /// <summary>
    /// Removes a participant: its token joins no more and it sends nothing; its answers and votes stop counting
    /// where the figures have not left the app, and stay where they have (docs/rules.md, "Removing a participant").
    /// </summary>
    public async Task<bool> RemoveParticipantAsync(string participantId)
    {
        Task write;
        lock (_gate)
        {
            if (_participants.GetValueOrDefault(participantId) is not { Removed: false } participant)
            {
                return false;
            }

            var removed = participant with { Removed = true };
            _participants[participantId] = removed;
            Connections.Forget(participantId);
            var writes = new List<PendingWrite> { new SaveParticipant(removed) };
            foreach (var responses in _responses.Values.Where(r => !IsDisclosed(r.Question.Id) && r.AnswerOf(participantId) is not null))
            {
                responses.Remove(participantId);
                writes.Add(new DeleteAnswer(_workshop.Id, responses.Question.Id, participantId));
            }

            foreach (var key in _dots.Keys.Where(k => k.Participant == participantId && !IsDisclosed(k.Activity)).ToList())
            {
                _dots.Remove(key);
                writes.Add(new DeleteDots(_workshop.Id, key.Activity, participantId));
            }

            foreach (var key in _consent.Keys.Where(k => k.Participant == participantId && !IsDisclosed(k.Activity)).ToList())
            {
                _consent.Remove(key);
                writes.Add(new DeleteConsent(_workshop.Id, key.Activity, key.Werkpunt, participantId));
            }

            foreach (var key in _groupOf.Keys.Where(k => k.Participant == participantId).ToList())
            {
                _groupOf.Remove(key);
                writes.Add(new DeleteMembership(_workshop.Id, key.Exercise, participantId));
            }

            write = _writer.EnqueueAsync([.. writes]);
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return true;
    }

    /// <summary>How many CBS/VB and MAT members the facilitator expects; the console compares it with who joined.</summary>
    public async Task<bool> SetExpectedAsync(ExpectedTurnout expected)
    {
        Task write;
        lock (_gate)
        {
            if (!expected.IsValid || expected == _workshop.Expected)
            {
                return expected.IsValid;
            }

            _workshop = _workshop with { Expected = expected };
            write = _writer.EnqueueAsync(new SaveWorkshop(_workshop, _live));
        }

        await CommittedAsync(write, ChangeKind.Figures);
        return true;
    }

    /// <summary>Every participant, for the console's list (removed ones too, marked).</summary>
    public IReadOnlyList<ParticipantRow> BuildParticipants()
    {
        lock (_gate)
        {
            return [.. _participants.Values
                .OrderBy(p => p.JoinedAt)
                .Select((p, i) => new ParticipantRow(p.Id, i + 1, p.Side, p.JoinedAt, Connections.IsConnected(p.Id), p.Removed))];
        }
    }
}

/// <summary>A participant as the console lists it: numbered in order of joining, never named.</summary>
public sealed record ParticipantRow(string Id, int Number, Side? Side, DateTimeOffset JoinedAt, bool Connected, bool Removed);
