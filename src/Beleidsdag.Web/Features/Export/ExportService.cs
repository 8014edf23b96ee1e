using System.Globalization;
using System.Text;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Features.Export;

public sealed record ExportFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string DraftContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

/// <summary>
/// The workbook of one workshop, at any moment of the day: a snapshot under the runtime's lock (cheap
/// copies), then the counting and the writing outside it, so answering never waits for an export.
/// </summary>
public sealed class ExportService(WorkshopRegistry registry, IOptions<BeleidsdagOptions> options)
{
    public async Task<ExportFile?> ExportAsync(string workshopId)
    {
        if (registry.FindById(workshopId) is not { } runtime)
        {
            return null;
        }

        var snapshot = await runtime.TakeExportSnapshotAsync();
        var sheets = AfsprakennotaContent.Build(snapshot, options.Value.MinimumPerSide);
        using var output = new MemoryStream();
        AfsprakennotaWorkbook.Write(sheets, output, $"{snapshot.Workshop.Title} — {snapshot.Workshop.Municipality}");
        return new ExportFile(FileName(snapshot.Workshop), output.ToArray());
    }

    /// <summary>The draft afsprakennota (.docx), from the same snapshot and counting as the workbook.</summary>
    public async Task<ExportFile?> DraftAsync(string workshopId)
    {
        if (registry.FindById(workshopId) is not { } runtime)
        {
            return null;
        }

        var snapshot = await runtime.TakeExportSnapshotAsync();
        using var output = new MemoryStream();
        AfsprakennotaDraft.Write(new ExportFacts(snapshot, options.Value.MinimumPerSide), output);
        return new ExportFile(FileName(snapshot.Workshop, "Ontwerp-afsprakennota", "docx"), output.ToArray());
    }

    /// <summary>Beleidsdag-Zottegem-2026-11-28.xlsx: the municipality as letters and digits, the date sortable.</summary>
    public static string FileName(Workshop workshop, string prefix = "Beleidsdag", string extension = "xlsx")
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var name = new StringBuilder();
        foreach (var c in workshop.Municipality.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var municipality = name.ToString().Trim('-');
        return $"{prefix}-{(municipality.Length == 0 ? "workshop" : municipality)}-{workshop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
