using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// The top of a chapter sheet: the chapter's werkpunten, highest score first, with what the nota needs next
/// to each (oplossingen, who, when), the dots and the consent per side, and the status. Per-side figures
/// only where the anonymity rule lets the screen show them.
/// </summary>
public static class ChapterWerkpunten
{
    public static IEnumerable<ExportRow> Of(AfsprakennotaChapter chapter, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var werkpunten = facts.Werkpunten
            .Where(w => facts.ChapterOf(w) == chapter)
            .Select((w, i) => (Werkpunt: w, Order: i, Priority: facts.PriorityOf(w)))
            .OrderByDescending(x => x.Priority?.EqualWeightScore ?? -1)
            .ThenByDescending(x => x.Priority?.Total ?? -1)
            .ThenBy(x => x.Order)
            .Select(x => x.Werkpunt)
            .ToList();
        if (werkpunten.Count == 0)
        {
            yield break;
        }

        var phase = facts.PhaseSaysMore(werkpunten);
        yield return ExportRow.Section("Werkpunten van dit hoofdstuk");
        yield return ExportRow.Note(facts.MainPrioritisation is null
            ? "In de volgorde van de groepen: er was nog geen prioritering."
            : "Hoogste score eerst (prioritering, beide kanten wegen even zwaar). Consent: akkoord / bedenking / bezwaar.");
        yield return ExportRow.Header([
            "Werkpunt", "Groep", .. phase ? ["Fase beleidscyclus"] : Array.Empty<string>(), "Oplossingen", "Wie neemt het op", "Termijn",
            "Stippen CBS/VB", "Stippen MAT", "Stippen anders", "Score", "Consent CBS/VB", "Consent MAT", "Consent anders", "Status"]);
        foreach (var werkpunt in werkpunten)
        {
            var content = werkpunt.Content;
            var priority = facts.PriorityOf(werkpunt);
            var split = priority is not null && facts.DotsSplitShown;
            var consent = facts.ConsentOf(werkpunt);
            var group = facts.GroupOf(werkpunt);
            yield return new ExportRow(RowStyle.Data, [
                Cell.Text(content.Text),
                Cell.Text(group?.Name ?? string.Empty),
                .. phase ? [Cell.Text(ExportLabels.Phase(group))] : Array.Empty<ExportCell?>(),
                Cell.Text(ExportLabels.Oplossingen(content.Oplossingen)),
                Cell.Text(WerkpuntContent.OwnerLabel(content.Owner, content.OwnerRole)),
                Cell.Text(content.Term),
                split ? Cell.Whole(priority!.CbsVb) : null,
                split ? Cell.Whole(priority!.Mat) : null,
                split ? Cell.Whole(priority!.Anders) : null,
                priority is null ? null : Cell.OneDecimal(priority.EqualWeightScore),
                Cell.Text(ExportLabels.Consent(consent?.CbsVb)),
                Cell.Text(ExportLabels.Consent(consent?.Mat)),
                Cell.Text(ExportLabels.Consent(consent?.Anders)),
                Cell.Text(ExportLabels.Status(werkpunt, facts.FindWerkpunt))]);
        }

        yield return ExportRow.Blank;
    }
}
