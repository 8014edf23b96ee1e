using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>The first sheet: the workshop, who was there per side, the agenda and what became of each item, and how to read the rest.</summary>
public static class OverviewSheet
{
    public static ExportSheet Build(ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var workshop = facts.Snapshot.Workshop;
        var exportedAt = TimeZoneInfo.ConvertTime(facts.Snapshot.TakenAt, TimeZoneInfo.Local).DateTime;
        var rows = new List<ExportRow>
        {
            ExportRow.Title($"{workshop.Title} — {workshop.Municipality}"),
            ExportRow.Blank,
            ExportRow.Data(Cell.Text("Workshop"), Cell.Text(workshop.Title)),
            ExportRow.Data(Cell.Text("Gemeente"), Cell.Text(workshop.Municipality)),
            ExportRow.Data(Cell.Text("Datum"), new DateCell(workshop.Date.ToDateTime(TimeOnly.MinValue), NumberFormats.LongDate)),
            ExportRow.Data(Cell.Text("Geëxporteerd op"), new DateCell(exportedAt, NumberFormats.DateTime)),
            ExportRow.Data(Cell.Text("Deelnemers"), Cell.Whole(facts.Snapshot.Sides.Count)),
        };
        rows.AddRange(Sides.All.Select(side => ExportRow.Data(Cell.Text("  " + Sides.Label(side)), Cell.Whole(facts.CountSide(side)))));
        if (facts.CountSide(null) is > 0 and var undecided)
        {
            rows.Add(ExportRow.Data(Cell.Text("  " + ExportLabels.Side(null)), Cell.Whole(undecided)));
        }

        if (facts.Snapshot.RemovedParticipants > 0)
        {
            rows.Add(ExportRow.Data(Cell.Text("Verwijderd door de begeleider"), Cell.Whole(facts.Snapshot.RemovedParticipants)));
        }

        rows.Add(ExportRow.Blank);
        rows.AddRange(LegalBasisRows.Build());
        rows.Add(ExportRow.Section("Agenda"));
        rows.Add(ExportRow.Header("Nr", "Onderdeel", "Soort", "Hoofdstuk afsprakennota", "Verloop"));
        rows.AddRange(workshop.Agenda.Select((activity, index) => ExportRow.Data(
            Cell.Whole(index + 1),
            Cell.Text(activity.Caption),
            Cell.Text(ExportLabels.Kind(activity)),
            Cell.Text(ExportLabels.Chapter(activity.Chapter ?? (activity is GroupExerciseActivity ? AfsprakennotaChapter.RollenEnTaken : null))),
            Cell.Text(WhatHappened(activity, index, facts)))));
        rows.Add(ExportRow.Blank);
        rows.Add(ExportRow.Section("Zo lees je deze werkmap"));
        rows.AddRange(Guide(facts).Select(line => ExportRow.Data(Cell.Text(line.Sheet), Cell.Text(line.Text))));
        return new ExportSheet(ExportLabels.Overview, rows);
    }

    private static string WhatHappened(Activity activity, int index, ExportFacts facts)
    {
        var live = facts.Snapshot.Live;
        string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.CurrentCulture)} {(n == 1 ? one : many)}";
        switch (activity)
        {
            case QuestionActivity q:
                var state = live.StateOf(q.Question.Id);
                var phase = state.Phase switch
                {
                    QuestionPhase.Open => "open",
                    QuestionPhase.Closed => "gesloten",
                    _ => "niet geopend",
                };
                var answers = Count(facts.Snapshot.AnswersTo(q.Question.Id).Count, "antwoord", "antwoorden");
                return state.Phase == QuestionPhase.Open
                    ? $"nog open · {answers} (geen cijfers in deze export)"
                    : $"{phase}{(state.Revealed ? ", resultaten getoond" : string.Empty)} · {answers}";
            case GroupExerciseActivity e:
                var mine = facts.Werkpunten.Where(w => w.ExerciseId == e.Id).ToList();
                var hidden = mine.Count(w => w.Hidden);
                return $"{Count(mine.Count - hidden, "werkpunt", "werkpunten")} in {Count(e.Groups.Count, "groep", "groepen")}{(hidden > 0 ? $" ({hidden} verborgen of samengevoegd)" : string.Empty)}";
            case PrioritisationActivity or ConsentActivity when facts.IsOpen(activity.Id):
                return "nog open (geen cijfers in deze export)";
            case PrioritisationActivity p:
                return $"{Count(facts.Priorities[p.Id].Voters, "deelnemer verdeelde", "deelnemers verdeelden")} stippen{Revealed(live, p.Id)}";
            case ConsentActivity c:
                var voters = facts.Snapshot.Consent.GetValueOrDefault(c.Id)?.Select(v => v.ParticipantId).Distinct(StringComparer.Ordinal).Count() ?? 0;
                return $"{Count(voters, "deelnemer stemde", "deelnemers stemden")}{Revealed(live, c.Id)}";
            case DelegationsActivity d:
                return Count(facts.Snapshot.Delegations.Count(r => r.ActivityId == d.Id), "domein ingevuld", "domeinen ingevuld");
            case EvaluationActivity e:
                return facts.Snapshot.Evaluations.Any(r => r.ActivityId == e.Id) ? "ingevuld" : "nog niet ingevuld";
            default:
                return index <= live.CurrentIndex ? "getoond" : "nog niet getoond";
        }
    }

    private static string Revealed(LiveState live, string activityId) => live.StateOf(activityId).Revealed ? ", resultaten getoond" : string.Empty;

    private static IEnumerable<(string Sheet, string Text)> Guide(ExportFacts facts)
    {
        yield return (ExportLabels.Overview, "Deze workshop, wie er was per kant, en wat er met elk onderdeel van de agenda gebeurde.");
        yield return (string.Join(", ", Afsprakennota.Chapters.Select(Afsprakennota.Label)),
            "Eén blad per hoofdstuk van de afsprakennota: bovenaan de werkpunten van dat hoofdstuk, hoogste score eerst, met stippen en consent per kant en de status; daaronder de onderdelen van de dag die eraan gekoppeld zijn. De groepsoefening over de beleidscyclus staat bij Rollen en taken.");
        yield return (ExportLabels.Werkpunten, "Alle werkpunten van alle groepen, ook verborgen en samengevoegde (kolom Status), met oplossingen, wie het opneemt, de termijn, de stippen en het consent per kant. Filter met de pijltjes in de kopregel.");
        yield return (ExportLabels.Results, "Per vraag de aantallen en percentages, in totaal en per kant, gemiddelden bij schalen, woorden bij woordwolken en de goedgekeurde open antwoorden. Verschil CBS/VB – MAT: 0 is gelijk, 100 is zo ver mogelijk uit elkaar.");
        yield return (ExportLabels.RawAnswers, "Elk antwoord op een eigen rij, zonder naam of deelnemer, gesorteerd per vraag en antwoord: antwoorden zijn niet aan één persoon te koppelen.");
        yield return ("Anonimiteit", $"Een kant met minder dan {facts.MinimumPerSide} antwoorden op een vraag wordt nooit apart getoond: die vraag krijgt dan geen opsplitsing per kant, ook niet in Ruwe antwoorden (kolom Kant leeg). Minder dan {facts.MinimumPerSide} antwoorden van anders tellen nergens mee. Hetzelfde geldt voor stippen en consent.");
        yield return ("Nog open", "Een vraag of stemronde die nog open is, staat er zonder cijfers in: sluit ze en exporteer opnieuw.");
        yield return ("Prioriteren", "Beide kanten wegen even zwaar: de score (0–100) is het gemiddelde van het aandeel stippen van CBS/VB en van MAT. Stippen van ‘anders’ tellen niet mee in de score. Steun van beide kanten: elke kant gaf minstens zijn eerlijk deel.");
        yield return ("Momentopname", "De werkmap toont de stand op het moment van exporteren (zie Geëxporteerd op); wat nadien nog binnenkwam, staat er niet in.");
    }
}
