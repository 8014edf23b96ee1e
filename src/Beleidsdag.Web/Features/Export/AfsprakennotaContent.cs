using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Export;

/// <summary>The whole workbook as plain rows: Overzicht, the six chapters, Werkpunten, Resultaten, Ruwe antwoorden.</summary>
public static class AfsprakennotaContent
{
    public static IReadOnlyList<ExportSheet> Build(ExportSnapshot snapshot, int minimumPerSide)
    {
        var facts = new ExportFacts(snapshot, minimumPerSide);
        return
        [
            OverviewSheet.Build(facts),
            .. Afsprakennota.Chapters.Select(chapter => ChapterSheet.Build(chapter, facts)),
            WerkpuntenSheet.Build(facts),
            ResultsSheet.Build(facts),
            RawAnswersSheet.Build(facts),
        ];
    }
}
