using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>An evaluation item on its chapter's sheet: what the facilitator recorded, under the presentation's words and the reporting duties.</summary>
public static class EvaluationBlock
{
    public static IEnumerable<ExportRow> Of(EvaluationActivity activity, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        yield return ExportRow.Section(facts.Heading(activity, activity.Title));
        yield return ExportRow.Note("Uit de presentatie: " + string.Join("; ", EvaluationRules.Presentation) + ".");
        var record = facts.Snapshot.Evaluations.FirstOrDefault(e => e.ActivityId == activity.Id);
        string?[] values = [record?.When, record?.ByWhom, record?.Breaches, record?.MidTerm];
        for (var i = 0; i < values.Length; i++)
        {
            yield return ExportRow.Data(Cell.Text(EvaluationRules.FieldLabels[i]), Cell.Text(values[i] ?? string.Empty));
        }

        foreach (var article in LegalBasis.Reporting)
        {
            yield return ExportRow.Data(Cell.Text(article.Article), Cell.Text(article.Text));
        }

        yield return ExportRow.Blank;
    }
}
