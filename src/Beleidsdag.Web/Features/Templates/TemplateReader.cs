using Beleidsdag.Domain.Templates;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Beleidsdag.Web.Features.Templates;

public sealed record TemplateReadResult(WorkshopTemplate? Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Ok => Template is not null && Problems.Count == 0;
}

/// <summary>
/// Reads a template file: YAML → <see cref="TemplateNode"/>s (the representation model keeps every node's
/// line) → <see cref="TemplateParser"/>. The only class that imports YamlDotNet. It never throws: whatever
/// is wrong comes back as problems with the file name and, where known, the line. A guard between the parser
/// and the model refuses alias bombs, alias cycles and deep nesting before anything is expanded.
/// </summary>
public static partial class TemplateReader
{
    public static TemplateReadResult Read(string fileName, string text)
    {
        var key = KeyOf(fileName);
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedParser(new Parser(new StringReader(text))));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return Failed(new TemplateProblem(fileName, null, "het bestand is leeg."));
            }

            if (stream.Documents.Count > 1)
            {
                return Failed(new TemplateProblem(fileName, Line(stream.Documents[1].RootNode.Start), "een sjabloon is één YAML-document; verwijder de tweede '---'."));
            }

            return new TemplateParser(fileName).Parse(key, Convert(stream.Documents[0].RootNode));
        }
        catch (RefusedException e)
        {
            return Failed(new TemplateProblem(fileName, e.Line, e.Message));
        }
        catch (YamlException e)
        {
            return Failed(new TemplateProblem(fileName, ErrorLine(text, e), $"ongeldige YAML (controleer inspringing, dubbelepunten en aanhalingstekens): {Detail(e)}"));
        }
#pragma warning disable CA1031 // A broken template must never stop the app or the other templates.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Failed(new TemplateProblem(fileName, null, $"kan het sjabloon niet lezen: {e.Message}"));
        }
    }

    /// <summary>The key a file is listed under: the slug of its name without extension ("Mijn dag.yaml" → "mijn-dag").</summary>
    public static string KeyOf(string fileName) =>
        TemplateIds.Slug(Path.GetFileNameWithoutExtension(fileName)) is { Length: > 0 } slug ? slug : "sjabloon";

    private static TemplateReadResult Failed(TemplateProblem problem) => new(null, [problem]);

    private static TemplateNode Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new ScalarNode(Line(scalar.Start), ScalarValue(scalar)),
        YamlSequenceNode list => new ListNode(Line(list.Start), [.. list.Children.Select(Convert)]),
        YamlMappingNode map => new MapNode(Line(map.Start), [.. map.Children.Select(e => new KeyValuePair<ScalarNode, TemplateNode>(
            e.Key is YamlScalarNode k ? new ScalarNode(Line(k.Start), k.Value) : new ScalarNode(Line(e.Key.Start), null),
            Convert(e.Value)))]),
        _ => new ScalarNode(Line(node.Start), null),
    };

    // A plain empty value, ~ and null mean "nothing"; a quoted "null" is the text null.
    private static string? ScalarValue(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;

    private static int Line(Mark mark) => (int)mark.Line;

    // For a tab YamlDotNet points at the value before it; the line to fix is the one indented with the tab.
    private static int ErrorLine(string text, YamlException e)
    {
        var line = Line(e.Start);
        if (!e.Message.Contains("tab character", StringComparison.Ordinal))
        {
            return line;
        }

        var lines = text.Split('\n');
        var tabbed = Enumerable.Range(line, Math.Max(0, lines.Length - line + 1))
            .FirstOrDefault(n => n - 1 < lines.Length && lines[n - 1].TakeWhile(char.IsWhiteSpace).Contains('\t'));
        return tabbed > 0 ? tabbed : line;
    }

    // YamlDotNet starts its messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is already in front.
    private static string Detail(YamlException e)
    {
        var message = e.InnerException is YamlException inner && !string.IsNullOrEmpty(inner.Message) ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var detail = cut >= 0 ? message[(cut + 3)..] : message;
        const string duplicate = "Duplicate key ";
        if (detail.StartsWith(duplicate, StringComparison.Ordinal))
        {
            return $"de sleutel '{detail[duplicate.Length..]}' staat twee keer in hetzelfde blok.";
        }

        return CommonMistakes.FirstOrDefault(m => detail.Contains(m.Parser, StringComparison.Ordinal)).Dutch ?? detail;
    }

    // YamlDotNet's words for the mistakes people make most when editing by hand; anything else is shown as it comes.
    private static readonly (string Parser, string Dutch)[] CommonMistakes =
    [
        ("found invalid mapping", "een tekst met een dubbelepunt erin moet tussen aanhalingstekens, of na 'text: |' op een nieuwe regel."),
        ("did not find expected '-' indicator", "deze regel springt anders in dan de regels erboven: elk agendapunt begint met '- ' en zijn sleutels staan daaronder even ver ingesprongen."),
        ("did not find expected key", "hier verwacht het bestand een sleutel ('naam: waarde'); kijk of een aanhalingsteken niet te vroeg sluit."),
        ("found unexpected end of stream", "een aanhalingsteken wordt niet gesloten."),
        ("tab character", "gebruik spaties om in te springen, geen tabs."),
        ("did not find expected ',' or ']'", "een lijst tussen [ ] wordt niet gesloten."),
    ];
}
