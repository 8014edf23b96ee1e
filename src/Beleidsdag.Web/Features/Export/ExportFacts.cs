using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// What several sheets need, counted once from the snapshot with the same domain rules the screen uses
/// (SideSplit, Prioritisation, Consent), so the anonymity rule holds in the workbook exactly as on the screen.
/// </summary>
public sealed partial class ExportFacts
{
    private readonly Dictionary<string, SplitResult> _splits = new(StringComparer.Ordinal);

    public ExportFacts(ExportSnapshot snapshot, int minimumPerSide)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        MinimumPerSide = minimumPerSide;
        Moderation = snapshot.BuildModeration();
        var agenda = snapshot.Workshop.Agenda;
        Exercises = [.. agenda.OfType<GroupExerciseActivity>()];
        var exerciseOrder = Exercises.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Werkpunten = [.. snapshot.Werkpunten
            .Where(w => exerciseOrder.ContainsKey(w.ExerciseId))
            .OrderBy(w => exerciseOrder[w.ExerciseId])
            .ThenBy(w => GroupIndex(w))
            .ThenBy(w => w.CreatedAt)
            .ThenBy(w => w.Id, StringComparer.Ordinal)];
        var visible = Werkpunten.Where(w => !w.Hidden).Select(w => w.Id).ToList();
        // A round that is still open shows no figures ("nog open"): only closed rounds are counted.
        Priorities = agenda.OfType<PrioritisationActivity>().Where(p => !IsOpen(p.Id)).ToDictionary(
            p => p.Id,
            p => Prioritisation.Compute(visible, snapshot.Dots.GetValueOrDefault(p.Id) ?? [], minimumPerSide, snapshot.Live.StateOf(p.Id).SplitWithheld),
            StringComparer.Ordinal);
        ConsentRows = agenda.OfType<ConsentActivity>().Where(c => !IsOpen(c.Id)).ToDictionary(
            c => c.Id,
            c => visible.ToDictionary(w => w, w => Consent.Compute(w, snapshot.Consent.GetValueOrDefault(c.Id) ?? [], minimumPerSide, snapshot.Live.StateOf(c.Id).SplitWithheld), StringComparer.Ordinal),
            StringComparer.Ordinal);
        // One column set on the Werkpunten sheet: the last closed round that has votes (a day normally has one of each).
        MainPrioritisation = LastWithVotes(Priorities.Keys, snapshot.Dots.Keys);
        MainConsent = LastWithVotes(ConsentRows.Keys, snapshot.Consent.Keys);
    }

    public ExportSnapshot Snapshot { get; }

    public int MinimumPerSide { get; }

    public OpenTextModeration Moderation { get; }

    public IReadOnlyList<GroupExerciseActivity> Exercises { get; }

    /// <summary>Every werkpunt, hidden ones too, in agenda, group and creation order.</summary>
    public IReadOnlyList<Werkpunt> Werkpunten { get; }

    /// <summary>Prioritisation activity id → its result over the visible werkpunten.</summary>
    public IReadOnlyDictionary<string, PrioritisationResult> Priorities { get; }

    /// <summary>Consent activity id → werkpunt id → its row.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, ConsentRow>> ConsentRows { get; }

    public string? MainPrioritisation { get; }

    public string? MainConsent { get; }

    /// <summary>
    /// Voting on this question or round (by question id or activity id) is still open: the export shows no figures
    /// for it, so nobody subtracts this export from a later one (docs/rules.md).
    /// </summary>
    public bool IsOpen(string votedOnId) =>
        Snapshot.Workshop.FindQuestion(votedOnId) is not null
            ? Snapshot.Live.StateOf(votedOnId).Phase == QuestionPhase.Open
            : RoomSteps.IsVotingOpen(Snapshot.Workshop, Snapshot.Live, votedOnId);

    /// <summary>The answers behind the figures: without the answers of "anders" when too few gave one.</summary>
    public IReadOnlyList<Answer> CountedAnswers(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answers = Snapshot.AnswersTo(question.Id);
        return Split(question).UncountedAnders > 0 ? [.. answers.Where(a => a.Side != Side.Anders)] : answers;
    }

    /// <summary>1-based position of an activity on the agenda.</summary>
    public int PositionOf(Activity activity) => IndexOf(activity) + 1;

    public SplitResult Split(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!_splits.TryGetValue(question.Id, out var split))
        {
            var hold = SideSplit.HoldFor(question, Snapshot.Live.StateOf(question.Id));
            split = SideSplit.Compute(question, [.. Snapshot.AnswersTo(question.Id)], MinimumPerSide, Moderation, hold);
            _splits[question.Id] = split;
        }

        return split;
    }

    /// <summary>The werkpunt's row in the main prioritisation round (null: no round, or hidden).</summary>
    public PriorityRow? PriorityOf(Werkpunt werkpunt) =>
        MainPrioritisation is { } p ? Priorities[p].Rows.FirstOrDefault(r => r.WerkpuntId == werkpunt?.Id) : null;

    /// <summary>Dots per side may be shown for the main round (the anonymity rule).</summary>
    public bool DotsSplitShown => MainPrioritisation is { } p && Priorities[p].SplitShown;

    /// <summary>The werkpunt's row in the main consent round (null: no round, or hidden).</summary>
    public ConsentRow? ConsentOf(Werkpunt werkpunt) =>
        MainConsent is { } c ? ConsentRows[c].GetValueOrDefault(werkpunt?.Id ?? string.Empty) : null;

    /// <summary>
    /// "Fase beleidscyclus" says something the group's name does not: a group is not simply named after its
    /// phase (the default beleidscyclus exercise names each group after its phase).
    /// </summary>
    public bool PhaseSaysMore(IEnumerable<Werkpunt> werkpunten) =>
        werkpunten.Any(w => GroupOf(w) is { Phase: not null } g && !string.Equals(ExportLabels.Phase(g), g.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A section's title: the agenda position first, unless the title has its own number ("1. Waarden en normen").</summary>
    public string Heading(Activity activity, string title) =>
        OwnNumber().IsMatch(title ?? string.Empty) ? title! : $"{PositionOf(activity)}. {title}";

    public GroupExerciseActivity? ExerciseOf(Werkpunt werkpunt) => Exercises.FirstOrDefault(e => e.Id == werkpunt.ExerciseId);

    /// <summary>The afsprakennota chapter the werkpunt is in: the one stored on it (set by its group or the facilitator).</summary>
    public AfsprakennotaChapter ChapterOf(Werkpunt werkpunt) => WerkpuntChapters.Of(werkpunt, ExerciseOf(werkpunt));

    /// <summary>The termijn as a date to sort on; read again from the label for a werkpunt stored before dates were kept.</summary>
    public DateOnly? TermDateOf(Werkpunt werkpunt) => werkpunt.TermDate ?? TermDates.Parse(werkpunt.Content.Term, Snapshot.Workshop.Date);

    public GroupDefinition? GroupOf(Werkpunt werkpunt) => ExerciseOf(werkpunt)?.FindGroup(werkpunt.GroupId);

    public Werkpunt? FindWerkpunt(string id) => Werkpunten.FirstOrDefault(w => w.Id == id);

    /// <summary>Participants per side (null: no side chosen yet).</summary>
    public int CountSide(Side? side) => Snapshot.Sides.Values.Count(s => s == side);

    private int IndexOf(Activity activity)
    {
        var agenda = Snapshot.Workshop.Agenda;
        for (var i = 0; i < agenda.Count; i++)
        {
            if (ReferenceEquals(agenda[i], activity) || agenda[i].Id == activity.Id)
            {
                return i;
            }
        }

        return -1;
    }

    private int GroupIndex(Werkpunt w)
    {
        var groups = Exercises.First(e => e.Id == w.ExerciseId).Groups;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Id == w.GroupId)
            {
                return i;
            }
        }

        return groups.Count;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d+[.)]\s")]
    private static partial System.Text.RegularExpressions.Regex OwnNumber();

    private static string? LastWithVotes(IEnumerable<string> activityIds, IEnumerable<string> withVotes)
    {
        var ids = activityIds.ToList();
        var voted = withVotes.ToHashSet(StringComparer.Ordinal);
        return ids.LastOrDefault(voted.Contains) ?? ids.LastOrDefault();
    }
}
