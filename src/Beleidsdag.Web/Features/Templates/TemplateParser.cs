using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Templates;

/// <summary>
/// Turns a template's nodes into a <see cref="WorkshopTemplate"/>, checking every rule on the way and
/// collecting every problem with its line. The limits are the ones the hand-built form uses (<see cref="Limits"/>).
/// </summary>
internal sealed partial class TemplateParser(string file)
{
    private static readonly string[] TopKeys = ["name", "description", "title", "agenda"];
    private static readonly string[] CommonKeys = ["id", "kind", "chapter"];

    private readonly TemplateProblems _problems = new(file);

    public TemplateReadResult Parse(string key, TemplateNode root)
    {
        if (root is not MapNode map)
        {
            _problems.Add(root.Line, "een sjabloon begint met 'name:', 'description:' en 'agenda:'.");
            return new TemplateReadResult(null, _problems.All);
        }

        var fields = new TemplateFields(map, "het sjabloon", TopKeys, _problems);
        var name = fields.Text("name", Limits.TitleLength);
        var description = fields.Text("description", Limits.InfoBodyLength, required: false) ?? string.Empty;
        var title = fields.Text("title", Limits.TitleLength, required: false);
        var agenda = Agenda(fields);
        var template = _problems.All.Count == 0 ? new WorkshopTemplate(key, name!, description, title, agenda) : null;
        return new TemplateReadResult(template, _problems.All);
    }

    private List<Activity> Agenda(TemplateFields fields)
    {
        var activities = new List<Activity>();
        if (fields.List("agenda") is not { } list)
        {
            return activities;
        }

        if (list.Items.Count is 0 or > Limits.MaxActivities)
        {
            _problems.Add(list.Line, string.Create(CultureInfo.InvariantCulture, $"de agenda heeft 1 tot {Limits.MaxActivities} agendapunten nodig (nu {list.Items.Count})."));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (Activity(item, ids) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return activities;
    }

    private Activity? Activity(TemplateNode item, Dictionary<string, int> ids)
    {
        if (item is not MapNode map)
        {
            _problems.Add(item.Line, "een agendapunt is een blok met 'id:', 'kind:' en de velden van die soort.");
            return null;
        }

        var id = PeekText(map, "id");
        var what = id is null ? "dit agendapunt" : $"agendapunt '{id}'";
        var kindText = PeekText(map, "kind");
        var kind = kindText is null ? (ActivityKind?)null : TemplateNames.Kinds.TryGetValue(kindText, out var k) ? k : null;
        var fields = new TemplateFields(map, what, [.. CommonKeys, .. KindKeys(kind, map)], _problems);
        id = Id(fields, "id", ids);
        if (kindText is null)
        {
            fields.Text("kind", 40);
        }
        else if (kind is null)
        {
            _problems.Add(fields.LineOf("kind"), $"onbekende soort '{kindText}' (kies uit {string.Join(", ", TemplateNames.Kinds.Keys)}).");
        }

        var chapter = Chapter(fields);
        Activity? activity = kind switch
        {
            ActivityKind.Info => new InfoActivity(id, fields.Text("title", Limits.TitleLength) ?? string.Empty, fields.Text("text", Limits.InfoBodyLength, required: false) ?? string.Empty)
            {
                Recap = fields.Flag("recap", false),
            },
            ActivityKind.Question => Question(id, fields),
            ActivityKind.GroupExercise => GroupExercise(id, fields),
            ActivityKind.Prioritisation => new PrioritisationActivity(id, Title(fields, Defaults.PrioritisationTitle), fields.Number("dots", 1, Limits.MaxDots, Limits.DefaultDots)),
            ActivityKind.ConsentRound => new ConsentActivity(id, Title(fields, Defaults.ConsentTitle)),
            ActivityKind.Evaluation => new EvaluationActivity(id, Title(fields, EvaluationRules.DefaultTitle)),
            ActivityKind.Delegations => new DelegationsActivity(id, Title(fields, DelegationRules.DefaultTitle), Domains(fields)),
            _ => null,
        };
        return activity is null ? null : activity with { Chapter = chapter };
    }

    private static IEnumerable<string> KindKeys(ActivityKind? kind, MapNode map) => kind switch
    {
        ActivityKind.Info => ["title", "text", "recap"],
        ActivityKind.Question => QuestionKeys(PeekText(map, "type")),
        ActivityKind.GroupExercise => ["title", "target", "strategicQuestion", "operationalQuestion", "groups"],
        ActivityKind.Prioritisation => ["title", "dots"],
        ActivityKind.ConsentRound => ["title"],
        ActivityKind.Delegations => ["title", "domains"],
        ActivityKind.Evaluation => ["title"],
        // An unknown kind is reported once; its other keys are not reported as well.
        _ => map.Entries.Select(e => e.Key.Value ?? string.Empty),
    };

    private string Title(TemplateFields fields, string fallback) => fields.Text("title", Limits.TitleLength, required: false) ?? fallback;

    /// <summary>A required, valid id, unique among its siblings; the first one's line is named in a clash.</summary>
    private string Id(TemplateFields fields, string key, Dictionary<string, int> taken)
    {
        var id = fields.Text(key, 200);
        if (id is null)
        {
            return string.Empty;
        }

        if (!TemplateIds.IsValid(id))
        {
            var suggestion = TemplateIds.Slug(id);
            _problems.Add(fields.LineOf(key), $"ongeldige id '{id}': gebruik kleine letters, cijfers en streepjes, hoogstens {TemplateIds.MaxLength} tekens"
                + (suggestion.Length > 0 ? $" (bv. '{suggestion}')." : "."));
        }
        else if (!taken.TryAdd(id, fields.LineOf(key)))
        {
            _problems.Add(fields.LineOf(key), string.Create(CultureInfo.InvariantCulture, $"de id '{id}' komt twee keer voor (ook op regel {taken[id]}); elke id is uniek."));
        }

        return id;
    }

    private AfsprakennotaChapter? Chapter(TemplateFields fields)
    {
        var key = fields.Text("chapter", 60, required: false);
        if (key is null)
        {
            return null;
        }

        var chapter = Afsprakennota.FromKey(key);
        if (chapter is null)
        {
            _problems.Add(fields.LineOf("chapter"), $"onbekend hoofdstuk '{key}' (kies uit {string.Join(", ", Afsprakennota.Chapters.Select(Afsprakennota.Key))}).");
        }

        return chapter;
    }

    /// <summary>The domains a delegations item starts with; without the key, the presentation's three.</summary>
    private List<string> Domains(TemplateFields fields)
    {
        if (fields.List("domains", required: false) is not { } list)
        {
            return [.. DelegationRules.DefaultDomains];
        }

        var domains = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is ScalarNode { Value: { } value } && value.Trim() is { Length: > 0 and <= Limits.DelegationDomainLength } domain)
            {
                domains.Add(domain);
            }
            else
            {
                _problems.Add(item.Line, $"een domein van {fields.What} is leeg, geen tekst of langer dan {Limits.DelegationDomainLength} tekens.");
            }
        }

        if (domains.Count > Limits.MaxDelegationDomains)
        {
            _problems.Add(fields.LineOf("domains"), $"{fields.What} heeft hoogstens {Limits.MaxDelegationDomains} domeinen.");
        }

        return domains;
    }

    /// <summary>A key's text before the mapping is checked, to choose which other keys belong to it.</summary>
    private static string? PeekText(MapNode map, string key) =>
        map.Entries.FirstOrDefault(e => e.Key.Value == key).Value is ScalarNode { Value: { } value } ? value.Trim() : null;

    /// <summary>What a template may leave out; the same words the hand-built form uses.</summary>
    internal static class Defaults
    {
        public const string PrioritisationTitle = "Prioriteren: welke werkpunten eerst?";
        public const string ConsentTitle = "Consentronde: dragen we deze afspraken samen?";
        public const int TargetPerGroup = 3;
        public static string StrategicQuestion => Beleidscyclus.StrategicQuestion;
        public static string OperationalQuestion => Beleidscyclus.OperationalQuestion;
    }
}
