using System.Text.Json;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Templates;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beleidsdag.Web.Tests.Features.Templates;

/// <summary>Builders and comparisons shared by the template tests.</summary>
internal static class TemplateTestData
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static TemplateCatalog Catalog(string dataFolder) => new(new DataFolder(dataFolder), NullLogger<TemplateCatalog>.Instance);

    /// <summary>Every public property, nested lists included: records with lists do not compare by value.</summary>
    public static IReadOnlyList<string> Structure(IEnumerable<Activity> agenda) =>
        [.. agenda.Select(a => $"{a.GetType().Name} {JsonSerializer.Serialize(a, a.GetType(), Json)}")];

    public static string BrokenFolder => Path.Combine(AppContext.BaseDirectory, "Features", "Templates", "Broken");

    /// <summary>A 485-byte billion-laughs file: nine levels of nine aliases, 9^9 values once written out.</summary>
    public static string AliasBomb => File.ReadAllText(Path.Combine(BrokenFolder, "alias-bomb.yaml"));
}

/// <summary>A temporary data folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("beleidsdag-templates-").FullName;

    public string Templates => System.IO.Path.Combine(Path, "templates");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
