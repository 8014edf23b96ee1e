using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// One sheet per chapter of the afsprakennota, filled from the activities the template tagged with it. A
/// group exercise without a chapter is the beleidscyclus exercise: it feeds "Rollen en taken".
/// </summary>
public static class ChapterSheet
{
    public static ExportSheet Build(AfsprakennotaChapter chapter, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var label = Afsprakennota.Label(chapter);
        var rows = new List<ExportRow>
        {
            ExportRow.Title(label),
            ExportRow.Note($"Input voor het hoofdstuk ‘{label}’ van de afsprakennota."),
            ExportRow.Blank,
        };
        rows.AddRange(ChapterWerkpunten.Of(chapter, facts));
        var activities = facts.Snapshot.Workshop.Agenda
            .Where(a => Feeds(a, chapter) || QuestionBlocks.SharesOut(a, chapter) || HasWerkpuntenIn(a, chapter, facts))
            .ToList();
        foreach (var activity in activities)
        {
            rows.AddRange(activity switch
            {
                QuestionActivity { Chapter: null } q => QuestionBlocks.ChapterShare(q, chapter, facts),
                QuestionActivity q => QuestionBlocks.Of(q, facts),
                InfoActivity info => [ExportRow.Section(facts.Heading(info, info.Title)), ExportRow.Data(Cell.Text(info.Body)), ExportRow.Blank],
                GroupExerciseActivity exercise => Exercise(exercise, chapter, facts),
                PrioritisationActivity p => Priorities(p, facts),
                ConsentActivity c => ConsentRound(c, facts),
                DelegationsActivity d => DelegationsBlock.Of(d, facts),
                EvaluationActivity e => EvaluationBlock.Of(e, facts),
                _ => [],
            });
        }

        if (activities.Count == 0)
        {
            rows.Add(ExportRow.Note("Geen onderdelen van deze dag zijn aan dit hoofdstuk gekoppeld."));
        }

        return new ExportSheet(label, rows);
    }

    public static bool Feeds(Activity activity, AfsprakennotaChapter chapter) =>
        activity.Chapter == chapter || (activity is GroupExerciseActivity { Chapter: null } && chapter == AfsprakennotaChapter.RollenEnTaken);

    /// <summary>A werkpunt lands on the sheet of its own chapter, whichever chapter its exercise feeds.</summary>
    private static bool HasWerkpuntenIn(Activity activity, AfsprakennotaChapter chapter, ExportFacts facts) =>
        activity is GroupExerciseActivity exercise && facts.Werkpunten.Any(w => w.ExerciseId == exercise.Id && !w.Hidden && facts.ChapterOf(w) == chapter);

    private static IEnumerable<ExportRow> Exercise(GroupExerciseActivity exercise, AfsprakennotaChapter chapter, ExportFacts facts)
    {
        yield return ExportRow.Section(facts.Heading(exercise, exercise.Title));
        var count = facts.Werkpunten.Count(w => w.ExerciseId == exercise.Id && !w.Hidden && facts.ChapterOf(w) == chapter);
        yield return ExportRow.Note(count == 0
            ? "Deze oefening leverde geen werkpunten op voor dit hoofdstuk."
            : "De werkpunten van deze oefening in dit hoofdstuk staan bovenaan dit blad; alle werkpunten van de dag staan op het blad Werkpunten.");
        yield return ExportRow.Blank;
    }

    private static IEnumerable<ExportRow> Priorities(PrioritisationActivity activity, ExportFacts facts)
    {
        yield return ExportRow.Section(facts.Heading(activity, activity.Title));
        if (!facts.Priorities.TryGetValue(activity.Id, out var result))
        {
            yield return ExportRow.Note(ExportLabels.StillOpen);
            yield return ExportRow.Blank;
            yield break;
        }

        yield return ExportRow.Note($"{result.Voters} deelnemers verdeelden hun stippen. Beide kanten wegen even zwaar.");
        yield return ExportRow.Header("Werkpunt", "Groep", "Stippen totaal", "CBS/VB", "MAT", "Anders", "Score (gelijk gewicht)", "Steun van beide kanten");
        foreach (var row in result.Rows)
        {
            var werkpunt = facts.FindWerkpunt(row.WerkpuntId);
            yield return ExportRow.Data(
                Cell.Text(werkpunt?.Content.Text ?? string.Empty),
                Cell.Text(werkpunt is null ? string.Empty : facts.GroupOf(werkpunt)?.Name ?? string.Empty),
                Cell.Whole(row.Total),
                result.SplitShown ? Cell.Whole(row.CbsVb) : null,
                result.SplitShown ? Cell.Whole(row.Mat) : null,
                result.SplitShown ? Cell.Whole(row.Anders) : null,
                Cell.OneDecimal(row.EqualWeightScore),
                result.SplitShown ? Cell.Text(ExportLabels.YesNo(row.BothSidesSupport)) : null);
        }

        if (!result.SplitShown)
        {
            yield return ExportRow.Note($"Geen opsplitsing: een kant had minder dan {facts.MinimumPerSide} stemmers; de score is het aandeel van alle stippen.");
        }

        if (result.UncountedAnders > 0)
        {
            yield return ExportRow.Note($"Stippen van {result.UncountedAnders} deelnemer(s) van anders niet meegeteld (minder dan {facts.MinimumPerSide}).");
        }

        yield return ExportRow.Blank;
    }

    private static IEnumerable<ExportRow> ConsentRound(ConsentActivity activity, ExportFacts facts)
    {
        yield return ExportRow.Section(facts.Heading(activity, activity.Title));
        if (!facts.ConsentRows.TryGetValue(activity.Id, out var rows))
        {
            yield return ExportRow.Note(ExportLabels.StillOpen);
            yield return ExportRow.Blank;
            yield break;
        }

        yield return ExportRow.Header("Werkpunt", "Groep", "Akkoord", "Bedenking", "Bezwaar", "CBS/VB (akk./bed./bezw.)", "MAT (akk./bed./bezw.)", "Anders (akk./bed./bezw.)", "Gedragen door beide kanten");
        foreach (var (werkpuntId, row) in rows)
        {
            var werkpunt = facts.FindWerkpunt(werkpuntId);
            yield return ExportRow.Data(
                Cell.Text(werkpunt?.Content.Text ?? string.Empty),
                Cell.Text(werkpunt is null ? string.Empty : facts.GroupOf(werkpunt)?.Name ?? string.Empty),
                Cell.Whole(row.Overall.Akkoord),
                Cell.Whole(row.Overall.Bedenking),
                Cell.Whole(row.Overall.Bezwaar),
                Cell.Text(ExportLabels.Consent(row.CbsVb)),
                Cell.Text(ExportLabels.Consent(row.Mat)),
                Cell.Text(ExportLabels.Consent(row.Anders)),
                row.CbsVb is null ? null : Cell.Text(ExportLabels.YesNo(row.CarriedByBothSides)));
        }

        yield return ExportRow.Note($"Een lege kant: niemand van die kant stemde, of een kant had minder dan {facts.MinimumPerSide} stemmen (dan geen opsplitsing). Minder dan {facts.MinimumPerSide} stemmen van anders tellen niet mee.");
        yield return ExportRow.Blank;
    }
}
