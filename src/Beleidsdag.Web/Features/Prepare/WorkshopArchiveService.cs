using System.Text;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Prepare;

/// <summary>A workshop as one file.</summary>
public sealed record WorkshopFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/json";
}

/// <summary>The result of deleting a workshop: the backups that still hold it (the console offers to delete them).</summary>
public sealed record WorkshopDeleted(string Title, IReadOnlyList<string> BackupsHoldingIt);

/// <summary>Move, keep, delete: a workshop to and from a <c>.beleidsdag</c> file, and deleting it with all its data.</summary>
public sealed class WorkshopArchiveService(WorkshopRegistry registry)
{
    /// <summary>Large enough for a day of 3,000 phones.</summary>
    public const long MaxFileBytes = 64 * 1024 * 1024;

    public async Task<WorkshopFile?> ExportAsync(string workshopId)
    {
        if (registry.FindById(workshopId)?.Workshop is not { } workshop || await registry.ExportAsync(workshopId) is not { } json)
        {
            return null;
        }

        var name = string.Concat($"{workshop.Municipality}-{workshop.Date:yyyy-MM-dd}".Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '_'));
        return new WorkshopFile($"{name}.beleidsdag", Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Imports a file; returns the Dutch reason when it is refused (nothing is stored then), else null.</summary>
    public async Task<string?> ImportAsync(Stream file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var result = await registry.ImportAsync(await reader.ReadToEndAsync());
        return result.Error;
    }

    public async Task<WorkshopDeleted?> DeleteAsync(string workshopId)
    {
        var title = registry.FindById(workshopId)?.Workshop.Title;
        return await registry.DeleteAsync(workshopId) is { } backups ? new WorkshopDeleted(title ?? workshopId, backups) : null;
    }

    public void DeleteBackups(IEnumerable<string> files) => registry.DeleteBackups(files);
}
