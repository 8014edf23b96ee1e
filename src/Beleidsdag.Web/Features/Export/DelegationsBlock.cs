using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// A delegations item on its chapter's sheet: one row per domain, as the facilitator recorded it, under the
/// presentation's advice on what the nota itself holds ("Wat nemen we op in de afsprakennota?").
/// </summary>
public static class DelegationsBlock
{
    public const string Advice = "Wat nemen we op in de afsprakennota? Aangezien de afsprakennota aangepast moet worden wanneer een delegatie wijzigt, voorstel om: enkel de wijze waarop bevoegdheden uitgeoefend moeten worden, de rapportering en de principes op te nemen; verwijzen naar de betreffende delegatiebesluiten.";

    public static IEnumerable<ExportRow> Of(DelegationsActivity activity, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return ExportRow.Section(facts.Heading(activity, activity.Title));
        yield return ExportRow.Note(Advice);
        var rows = facts.Snapshot.Delegations.Where(d => d.ActivityId == activity.Id).ToList();
        if (rows.Count == 0)
        {
            yield return ExportRow.Note("Nog niets ingevuld.");
            yield return ExportRow.Blank;
            yield break;
        }

        yield return ExportRow.Header([.. DelegationRules.FieldLabels]);
        foreach (var row in rows)
        {
            yield return ExportRow.Data(Cell.Text(row.Domain), Cell.Text(row.Today), Cell.Text(row.ToWhom), Cell.Text(row.Decision), Cell.Text(row.Reporting), Cell.Text(row.Change));
        }

        yield return ExportRow.Blank;
    }
}
