using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>The group work's projections: a phone's own group work, the boards, the progress per group, the prioritisation and consent results. Read under the lock; they change nothing.</summary>
public sealed partial class WorkshopRuntime
{
    /// <summary>What this participant gave in the current activity, to restore the phone after a reload.</summary>
    public MyGroupWork BuildMyGroupWork(string participantId)
    {
        lock (_gate)
        {
            var activity = _workshop.ActivityAt(_live.CurrentIndex);
            var groupId = activity is GroupExerciseActivity e ? _groupOf.GetValueOrDefault((e.Id, participantId)) : null;
            return new MyGroupWork(
                groupId,
                activity is GroupExerciseActivity exercise && groupId is not null ? Board(exercise.Id, groupId) : null,
                activity is not null && _dots.TryGetValue((activity.Id, participantId), out var dots) ? dots.Dots : new Dictionary<string, int>(),
                _consent.Where(c => c.Key.Activity == activity?.Id && c.Key.Participant == participantId)
                    .ToDictionary(c => c.Key.Werkpunt, c => c.Value.Choice, StringComparer.Ordinal),
                [.. _plusOnes.Where(p => p.Participant == participantId).Select(p => p.Werkpunt)]);
        }
    }

    public IReadOnlyList<GroupProgress> BuildGroupProgress(string exerciseId)
    {
        lock (_gate)
        {
            return Progress(exerciseId);
        }
    }

    /// <summary>Every werkpunt of every exercise, hidden ones too, for the console.</summary>
    public IReadOnlyList<WerkpuntView> BuildAllWerkpunten()
    {
        lock (_gate)
        {
            return [.. _workshop.Agenda.OfType<GroupExerciseActivity>().SelectMany(e => e.Groups.SelectMany(g => BoardOf(e.Id).OfGroup(g.Id))).Select(ViewOf)];
        }
    }

    public IReadOnlyList<(Participant Participant, string? GroupId)> BuildMembers(string exerciseId)
    {
        lock (_gate)
        {
            return [.. _participants.Values.Where(p => !p.Removed).Select(p => (p, _groupOf.GetValueOrDefault((exerciseId, p.Id))))];
        }
    }

    private Werkpunt? FindWerkpunt(string werkpuntId) =>
        _boards.Values.Select(b => b.Find(werkpuntId)).FirstOrDefault(w => w is not null);

    private BoardView Board(string exerciseId, string groupId) => new(
        exerciseId,
        groupId,
        _groupOf.Count(g => g.Key.Exercise == exerciseId && g.Value == groupId),
        [.. BoardOf(exerciseId).OfGroup(groupId).Where(w => !w.Hidden).Select(ViewOf)]);

    private WerkpuntView ViewOf(Werkpunt w) => new(
        w.Id,
        w.GroupId,
        Exercise(w.ExerciseId)?.FindGroup(w.GroupId)?.Name ?? string.Empty,
        w.Content,
        w.Version,
        _plusOnes.Count(p => p.Werkpunt == w.Id),
        w.Hidden,
        w.MergedInto,
        w.UpdatedAt)
    {
        Chapter = Afsprakennota.Key(WerkpuntChapters.Of(w, Exercise(w.ExerciseId))),
        TermDate = w.TermDate,
    };

    private List<WerkpuntView> VisibleWerkpunten() =>
        [.. _workshop.Agenda.OfType<GroupExerciseActivity>()
            .SelectMany(e => e.Groups.SelectMany(g => BoardOf(e.Id).OfGroup(g.Id)))
            .Where(w => !w.Hidden)
            .Select(ViewOf)];

    private List<GroupProgress> Progress(string exerciseId) =>
        Exercise(exerciseId) is not { } exercise
            ? []
            : [.. exercise.Groups.Select(g =>
            {
                var members = _groupOf.Where(m => m.Key.Exercise == exerciseId && m.Value == g.Id).Select(m => SideOf(m.Key.Participant)).ToList();
                var werkpunten = BoardOf(exerciseId).OfGroup(g.Id).Where(w => !w.Hidden).ToList();
                return new GroupProgress(g.Id, g.Name, members.Count, members.Count(s => s == Side.CbsVb), members.Count(s => s == Side.Mat),
                    werkpunten.Count, werkpunten.Count == 0 ? null : werkpunten.Max(w => w.UpdatedAt));
            })];

    private ExerciseView ExerciseViewOf(GroupExerciseActivity e)
    {
        var state = _live.ExerciseOf(e.Id);
        return new ExerciseView(
            e.Id, e.Title, e.StrategicQuestion, e.OperationalQuestion, e.TargetPerGroup,
            [.. e.Groups.Select(g => new GroupView(g.Id, g.Name, g.Phase is { } phase ? Beleidscyclus.Label(phase) : null, g.Richtvragen)
            {
                Chapter = Afsprakennota.Key(WerkpuntChapters.Default(e, g.Id)),
            })],
            new TimerView(state.Timer.EndsAt, state.Timer.PausedWithLeft is { } left ? (long)left.TotalMilliseconds : null, _clock.GetUtcNow()),
            state.Plenary, state.PlenaryGroup, state.PlenaryItem)
        {
            PlenaryWerkpunt = state.Plenary && e.Groups.ElementAtOrDefault(state.PlenaryGroup) is { } group
                ? BoardOf(e.Id).OfGroup(group.Id).Where(w => !w.Hidden).Select(ViewOf).ElementAtOrDefault(state.PlenaryItem)
                : null,
        };
    }

    private ExerciseScreen ExerciseScreenOf(GroupExerciseActivity e)
    {
        var view = ExerciseViewOf(e);
        return new ExerciseScreen(view, Progress(e.Id), view.PlenaryWerkpunt);
    }

    private PrioritiesScreen PrioritiesOf(PrioritisationActivity activity)
    {
        var werkpunten = VisibleWerkpunten();
        var votes = _dots.Where(d => d.Key.Activity == activity.Id).Select(d => d.Value).ToList();
        var result = Prioritisation.Compute([.. werkpunten.Select(w => w.Id)], votes, _minimumPerSide, _live.StateOf(activity.Id).SplitWithheld);
        var byId = werkpunten.ToDictionary(w => w.Id, StringComparer.Ordinal);
        return new PrioritiesScreen(result.Voters, result.SplitShown, [.. result.Rows.Select(r => new PriorityLine(byId[r.WerkpuntId], r))]) { UncountedAnders = result.UncountedAnders };
    }

    private List<ConsentLine> ConsentOf(ConsentActivity activity)
    {
        var votes = _consent.Where(c => c.Key.Activity == activity.Id).Select(c => c.Value).ToList();
        var withheld = _live.StateOf(activity.Id).SplitWithheld;
        return [.. InPriorityOrder(activity).Select(w => new ConsentLine(w, Consent.Compute(w.Id, votes, _minimumPerSide, withheld)))];
    }

    /// <summary>The werkpunten as the prioritisation before this round ranked them (the room's order); as written without one.</summary>
    private IEnumerable<WerkpuntView> InPriorityOrder(ConsentActivity activity)
    {
        var werkpunten = VisibleWerkpunten();
        var index = _workshop.Agenda.ToList().FindIndex(a => a.Id == activity.Id);
        // Only a ranking the room has seen: the order must not give away a result the facilitator kept hidden.
        if (_workshop.Agenda.Take(Math.Max(0, index)).OfType<PrioritisationActivity>().LastOrDefault() is not { } prioritisation
            || !_live.StateOf(prioritisation.Id).Disclosed)
        {
            return werkpunten;
        }

        var votes = _dots.Where(d => d.Key.Activity == prioritisation.Id).Select(d => d.Value).ToList();
        var rank = Prioritisation.Compute([.. werkpunten.Select(w => w.Id)], votes, _minimumPerSide, _live.StateOf(prioritisation.Id).SplitWithheld)
            .Rows.Select((r, i) => (r.WerkpuntId, i)).ToDictionary(r => r.WerkpuntId, r => r.i, StringComparer.Ordinal);
        return werkpunten.OrderBy(w => rank.GetValueOrDefault(w.Id, int.MaxValue));
    }

    /// <summary>A prioritisation's or consent round's result and how many took part, revealed or not (for the console).</summary>
    public (int Voters, PrioritiesScreen? Priorities, IReadOnlyList<ConsentLine>? Consent)? BuildVoteResults(string activityId)
    {
        lock (_gate)
        {
            return _workshop.Agenda.FirstOrDefault(a => a.Id == activityId) switch
            {
                PrioritisationActivity p => (VotersOf(p.Id), PrioritiesOf(p), null),
                ConsentActivity c => (VotersOf(c.Id), null, ConsentOf(c)),
                _ => null,
            };
        }
    }

    /// <summary>Who spent a dot in a prioritisation, or judged at least one werkpunt in a consent round.</summary>
    private int VotersOf(string activityId) => _workshop.Agenda.FirstOrDefault(a => a.Id == activityId) switch
    {
        PrioritisationActivity => _dots.Count(d => d.Key.Activity == activityId && d.Value.Dots.Values.Sum() > 0),
        ConsentActivity => _consent.Keys.Where(k => k.Activity == activityId).Select(k => k.Participant).Distinct(StringComparer.Ordinal).Count(),
        _ => 0,
    };
}
