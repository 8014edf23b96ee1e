using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Every werkpunt of every group — hidden and merged ones too, with their status — one row each, as an
/// Excel table with filters: the list the afsprakennota's werkpunten are written from. "Oefening" only when
/// werkpunten come from more than one exercise, "Fase beleidscyclus" only when it says more than "Groep".
/// </summary>
public static class WerkpuntenSheet
{
    private static readonly string[] Columns =
    [
        "Werkpunt", "Oplossingen", "Wie neemt het op", "Termijn", "Termijn (datum)", "+1",
        "Stippen CBS/VB", "Stippen MAT", "Stippen anders", "Stippen totaal", "Score (gelijk gewicht)", "Steun van beide kanten",
        "Akkoord", "Bedenking", "Bezwaar", "Consent CBS/VB", "Consent MAT", "Consent anders", "Gedragen door beide kanten",
        "Opmerkingen", "Status",
    ];

    public static ExportSheet Build(ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var priorities = facts.MainPrioritisation is { } p ? facts.Priorities[p] : null;
        var dots = priorities?.Rows.ToDictionary(r => r.WerkpuntId, StringComparer.Ordinal) ?? [];
        var consent = facts.MainConsent is { } c ? facts.ConsentRows[c] : [];
        var exercise = facts.Werkpunten.Select(w => w.ExerciseId).Distinct(StringComparer.Ordinal).Count() > 1;
        var phase = facts.PhaseSaysMore(facts.Werkpunten);
        string[] first = [.. exercise ? ["Oefening"] : Array.Empty<string>(), "Groep", .. phase ? ["Fase beleidscyclus"] : Array.Empty<string>(), "Hoofdstuk"];
        var rows = new List<ExportRow> { ExportRow.Header([.. first, .. Columns]) };
        foreach (var werkpunt in facts.Werkpunten)
        {
            var content = werkpunt.Content;
            var priority = dots.GetValueOrDefault(werkpunt.Id);
            // Per-side dots only where the anonymity rule lets the screen show them.
            var perSide = priority is not null && priorities!.SplitShown;
            var consentRow = consent.GetValueOrDefault(werkpunt.Id);
            rows.Add(new ExportRow(RowStyle.Data, [
                .. exercise ? [Cell.Text(facts.ExerciseOf(werkpunt)?.Title ?? string.Empty)] : Array.Empty<ExportCell?>(),
                Cell.Text(facts.GroupOf(werkpunt)?.Name ?? string.Empty),
                .. phase ? [Cell.Text(ExportLabels.Phase(facts.GroupOf(werkpunt)))] : Array.Empty<ExportCell?>(),
                Cell.Text(Afsprakennota.Label(facts.ChapterOf(werkpunt))),
                Cell.Text(content.Text),
                Cell.Text(ExportLabels.Oplossingen(content.Oplossingen)),
                Cell.Text(WerkpuntContent.OwnerLabel(content.Owner, content.OwnerRole)),
                Cell.Text(content.Term),
                facts.TermDateOf(werkpunt) is { } due ? new DateCell(due.ToDateTime(TimeOnly.MinValue), NumberFormats.Date) : null,
                Cell.Whole(facts.Snapshot.PlusOnes.GetValueOrDefault(werkpunt.Id)),
                perSide ? Cell.Whole(priority!.CbsVb) : null,
                perSide ? Cell.Whole(priority!.Mat) : null,
                perSide ? Cell.Whole(priority!.Anders) : null,
                priority is null ? null : Cell.Whole(priority.Total),
                priority is null ? null : Cell.OneDecimal(priority.EqualWeightScore),
                priority is null || !perSide ? null : Cell.Text(ExportLabels.YesNo(priority.BothSidesSupport)),
                consentRow is null ? null : Cell.Whole(consentRow.Overall.Akkoord),
                consentRow is null ? null : Cell.Whole(consentRow.Overall.Bedenking),
                consentRow is null ? null : Cell.Whole(consentRow.Overall.Bezwaar),
                Cell.Text(ExportLabels.Consent(consentRow?.CbsVb)),
                Cell.Text(ExportLabels.Consent(consentRow?.Mat)),
                Cell.Text(ExportLabels.Consent(consentRow?.Anders)),
                consentRow is null || consentRow.CbsVb is null ? null : Cell.Text(ExportLabels.YesNo(consentRow.CarriedByBothSides)),
                Cell.Text(content.Comments),
                Cell.Text(ExportLabels.Status(werkpunt, facts.FindWerkpunt))]));
        }

        return new ExportSheet(ExportLabels.Werkpunten, rows) { FrozenRows = 1, TableName = "Werkpunten" };
    }
}
