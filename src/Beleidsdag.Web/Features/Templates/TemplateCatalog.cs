using System.Text;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Configuration;

namespace Beleidsdag.Web.Features.Templates;

public sealed record TemplateSaveResult(WorkshopTemplate? Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Ok => Template is not null;
}

/// <summary>
/// Every template the console can start a workshop from: the built-in ones (embedded from
/// <c>workshop-templates/</c>, the default first) and the ones saved or imported into
/// <c>&lt;DataFolder&gt;/templates/</c>. A broken file is skipped and listed in <see cref="Problems"/>; it never
/// stops the app or the other templates. A singleton: every console tab sees the same list.
/// </summary>
public sealed partial class TemplateCatalog
{
    public const int MaxFileBytes = 256 * 1024;
    private const string ResourcePrefix = "workshop-templates/";

    private readonly Lock _gate = new();
    private readonly ILogger<TemplateCatalog> _logger;
    private readonly HashSet<string> _builtInKeys = new(StringComparer.Ordinal);
    private IReadOnlyList<WorkshopTemplate> _templates = [];
    private readonly IReadOnlyList<TemplateProblem> _problems;

    public TemplateCatalog(DataFolder dataFolder, ILogger<TemplateCatalog> logger)
    {
        _logger = logger;
        Folder = Path.Combine(dataFolder.Path, "templates");
        var templates = new List<WorkshopTemplate>();
        var problems = new List<TemplateProblem>();
        foreach (var (fileName, text) in BuiltInFiles())
        {
            Load(fileName, text, templates, problems, builtIn: true);
        }

        foreach (var path in DataFolderFiles())
        {
            Load(Path.GetFileName(path), ReadFile(path, problems), templates, problems, builtIn: false);
        }

        _templates = templates;
        _problems = problems;
        foreach (var problem in problems)
        {
            LogSkipped(problem.ToString());
        }

        LogLoaded(templates.Count, Folder);
    }

    /// <summary>Where saved and imported templates go (never the source tree).</summary>
    public string Folder { get; }

    /// <summary>The valid templates: built-in first (the default <c>beleidsdag</c> at the top), then the data folder's by file name.</summary>
    public IReadOnlyList<WorkshopTemplate> Templates => _templates;

    /// <summary>What was wrong with the files found at start-up, each with file and line.</summary>
    public IReadOnlyList<TemplateProblem> Problems => _problems;

    public WorkshopTemplate? Default => Find(WorkshopTemplate.DefaultKey) ?? (_templates.Count > 0 ? _templates[0] : null);

    public WorkshopTemplate? Find(string? key) => _templates.FirstOrDefault(t => t.Key == key);

    public bool IsBuiltIn(string key) => _builtInKeys.Contains(key);

    /// <summary>
    /// Checks an uploaded file; when it is valid, saves it to the data folder and lists it. A key that is
    /// taken gets a fresh one (-2, -3 …), so nothing is overwritten. When it is not valid nothing changes.
    /// </summary>
    public TemplateSaveResult Import(string fileName, string text)
    {
        fileName = Path.GetFileName(fileName);
        if (!fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(fileName, "een sjabloon is een .yaml- of .yml-bestand.");
        }

        if (Encoding.UTF8.GetByteCount(text) > MaxFileBytes)
        {
            return Failed(fileName, $"het bestand is groter dan {MaxFileBytes / 1024} KB.");
        }

        var read = TemplateReader.Read(fileName, text);
        return read.Ok ? Save(read.Template!, text, fileName) : new TemplateSaveResult(null, read.Problems);
    }

    /// <summary>
    /// Saves a workshop's agenda (as it is now, edits included) as a new template in the data folder and
    /// lists it. Ids the template format cannot hold are replaced (<see cref="WorkshopTemplate.FromWorkshop"/>).
    /// </summary>
    public TemplateSaveResult SaveFromWorkshop(Workshop workshop, string name, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > Limits.TitleLength)
        {
            return Failed(name, $"geef het sjabloon een naam van hoogstens {Limits.TitleLength} tekens.");
        }

        var text = TemplateWriter.Write(WorkshopTemplate.FromWorkshop(workshop, name, description ?? string.Empty));
        var fileName = TemplateReader.KeyOf(TemplateIds.Slug(name)) + ".yaml";
        // Read back what was written: only a file the reader accepts is ever saved.
        var read = TemplateReader.Read(fileName, text);
        return read.Ok ? Save(read.Template!, text, fileName) : new TemplateSaveResult(null, read.Problems);
    }

    private TemplateSaveResult Save(WorkshopTemplate template, string text, string fileName)
    {
        lock (_gate)
        {
            var taken = _templates.Select(t => t.Key).Concat(DataFolderFiles().Select(TemplateReader.KeyOf)).ToHashSet(StringComparer.Ordinal);
            var key = TemplateIds.Unique(template.Key, template.Name, taken);
            var path = Path.Combine(Folder, key + ".yaml");
            try
            {
                Directory.CreateDirectory(Folder);
                var temporary = path + ".tmp";
                File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException e)
            {
                return Failed(fileName, $"kan het sjabloon niet bewaren in {Folder}: {e.Message}");
            }
            catch (UnauthorizedAccessException e)
            {
                return Failed(fileName, $"kan het sjabloon niet bewaren in {Folder}: {e.Message}");
            }

            var saved = template with { Key = key };
            _templates = [.. _templates, saved];
            return new TemplateSaveResult(saved, []);
        }
    }

    private void Load(string fileName, string? text, List<WorkshopTemplate> templates, List<TemplateProblem> problems, bool builtIn)
    {
        if (text is null)
        {
            return;
        }

        var read = TemplateReader.Read(fileName, text);
        if (!read.Ok)
        {
            problems.AddRange(read.Problems);
        }
        else if (templates.Any(t => t.Key == read.Template!.Key))
        {
            problems.Add(new TemplateProblem(fileName, null, $"er is al een sjabloon '{read.Template!.Key}'; geef dit bestand een andere naam."));
        }
        else
        {
            templates.Add(read.Template!);
            if (builtIn)
            {
                _builtInKeys.Add(read.Template!.Key);
            }
        }
    }

    private static IEnumerable<(string FileName, string Text)> BuiltInFiles()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(n => n == ResourcePrefix + WorkshopTemplate.DefaultKey + ".yaml" ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return (name[ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }

    private IEnumerable<string> DataFolderFiles() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
        : [];

    private static string? ReadFile(string path, List<TemplateProblem> problems)
    {
        var name = Path.GetFileName(path);
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                problems.Add(new TemplateProblem(name, null, $"het bestand is groter dan {MaxFileBytes / 1024} KB."));
                return null;
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new TemplateProblem(name, null, $"kan het bestand niet lezen: {e.Message}"));
            return null;
        }
    }

    private static TemplateSaveResult Failed(string fileName, string message) => new(null, [new TemplateProblem(fileName, null, message)]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sjabloon overgeslagen: {Problem}")]
    private partial void LogSkipped(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} sjablonen geladen (eigen sjablonen in {Folder}).")]
    private partial void LogLoaded(int count, string folder);
}
