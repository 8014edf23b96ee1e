using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>The nota's parties and legal basis on the Overzicht sheet, quoted from the presentation (<see cref="LegalBasis"/>).</summary>
public static class LegalBasisRows
{
    public const string Section = "Wettelijke basis van de afsprakennota (uit de presentatie)";
    public const string ReportingSection = "Rapportering bij de beleidsevaluatie (uit de presentatie)";

    public static IEnumerable<ExportRow> Build()
    {
        yield return ExportRow.Section(Section);
        foreach (var article in LegalBasis.Nota)
        {
            yield return ExportRow.Data(Cell.Text(article.Article), Cell.Text(article.Text));
        }

        yield return ExportRow.Blank;
        yield return ExportRow.Section(ReportingSection);
        foreach (var article in LegalBasis.Reporting)
        {
            yield return ExportRow.Data(Cell.Text(article.Article), Cell.Text(article.Text));
        }

        yield return ExportRow.Blank;
    }
}
