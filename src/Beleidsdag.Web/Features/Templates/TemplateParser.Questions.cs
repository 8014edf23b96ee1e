using System.Globalization;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Templates;

internal sealed partial class TemplateParser
{
    private static IEnumerable<string> QuestionKeys(string? type)
    {
        string[] own = ["type", "text", "staysOpen"];
        string[] extra = type is null || !TemplateNames.Types.TryGetValue(type, out var known)
            // An unknown type is reported once; do not also call its keys unknown.
            ? ["options", "maxChoices", "statements", "scale", "low", "high", "moderated"]
            : known switch
            {
                QuestionType.MultipleChoice => ["options", "maxChoices"],
                QuestionType.SingleChoice or QuestionType.Ranking or QuestionType.Points => ["options"],
                QuestionType.Scale => ["statements", "scale", "low", "high"],
                QuestionType.OpenText => ["moderated"],
                _ => [],
            };
        return [.. own, .. extra];
    }

    private QuestionActivity? Question(string id, TemplateFields fields)
    {
        var text = fields.Text("text", Limits.QuestionTextLength) ?? string.Empty;
        var typeName = fields.Text("type", 40);
        if (typeName is null)
        {
            return null;
        }

        if (!TemplateNames.Types.TryGetValue(typeName, out var type))
        {
            _problems.Add(fields.LineOf("type"), $"onbekend vraagtype '{typeName}' (kies uit {string.Join(", ", TemplateNames.Types.Keys)}).");
            return null;
        }

        var options = type switch
        {
            QuestionType.YesNo => TemplateNames.YesNoOptions,
            QuestionType.WordCloud or QuestionType.OpenText => [],
            QuestionType.Scale => Options(fields, "statements", 1, "stellingen"),
            _ => Options(fields, "options", Limits.MinOptions, "antwoordmogelijkheden", exclusiveAllowed: type == QuestionType.MultipleChoice),
        };
        var question = new Question(id, type, text, options)
        {
            MaxChoices = type == QuestionType.MultipleChoice ? fields.Number("maxChoices", 1, Math.Max(1, options.Count), options.Count) : 1,
            Scale = type == QuestionType.Scale ? Scale(fields) : null,
            Moderated = type != QuestionType.OpenText || fields.Flag("moderated", true),
            StaysOpenWhileRevealed = fields.Flag("staysOpen", false),
        };
        return new QuestionActivity(id, question);
    }

    private ScaleRange Scale(TemplateFields fields)
    {
        var max = fields.Number("scale", 1, 100, 5);
        if (max is not (5 or 10))
        {
            _problems.Add(fields.LineOf("scale"), string.Create(CultureInfo.InvariantCulture, $"'scale' in {fields.What} is 5 of 10 (nu {max})."));
        }

        return new ScaleRange(
            1,
            max,
            fields.Text("low", Limits.ScaleLabelLength, required: false) ?? ScaleRange.OneToFive.LowLabel,
            fields.Text("high", Limits.ScaleLabelLength, required: false) ?? ScaleRange.OneToFive.HighLabel);
    }

    /// <summary>
    /// Options as plain labels (id = slug of the label) or as <c>id:</c> + <c>label:</c> blocks. The ids must
    /// stay stable: answers and the follow-up comparison refer to them, never to positions.
    /// </summary>
    private List<QuestionOption> Options(TemplateFields fields, string key, int min, string noun, bool exclusiveAllowed = false)
    {
        var options = new List<QuestionOption>();
        if (fields.List(key) is not { } list)
        {
            return options;
        }

        if (list.Items.Count < min || list.Items.Count > Limits.MaxOptions)
        {
            _problems.Add(fields.LineOf(key), string.Create(CultureInfo.InvariantCulture, $"{fields.What} heeft {min} tot {Limits.MaxOptions} {noun} nodig (nu {list.Items.Count})."));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            if (Option(item, fields.What, exclusiveAllowed) is not { } option)
            {
                continue;
            }

            if (option.Label.Length > Limits.OptionLabelLength)
            {
                _problems.Add(item.Line, string.Create(CultureInfo.InvariantCulture, $"een antwoordmogelijkheid van {fields.What} is langer dan {Limits.OptionLabelLength} tekens ({option.Label.Length})."));
            }

            if (!labels.Add(option.Label))
            {
                _problems.Add(item.Line, $"{fields.What} heeft twee keer dezelfde antwoordmogelijkheid '{option.Label}'.");
            }
            else if (option.Id.Length > 0 && !ids.TryAdd(option.Id, item.Line))
            {
                _problems.Add(item.Line, string.Create(CultureInfo.InvariantCulture,
                    $"twee antwoordmogelijkheden van {fields.What} hebben de id '{option.Id}' (ook op regel {ids[option.Id]}); geef er een eigen id met '- id: …' en 'label: …'."));
            }

            options.Add(option);
        }

        return options;
    }

    private QuestionOption? Option(TemplateNode item, string what, bool exclusiveAllowed)
    {
        switch (item)
        {
            case ScalarNode { Value: { } value } when value.Trim().Length > 0:
                var label = value.Trim();
                var slug = TemplateIds.Slug(label);
                if (slug.Length == 0)
                {
                    _problems.Add(item.Line, $"'{label}' in {what} geeft geen bruikbare id; schrijf '- id: …' en 'label: …'.");
                }

                return new QuestionOption(slug, label);
            case MapNode map:
                var fields = new TemplateFields(map, $"een antwoordmogelijkheid van {what}", exclusiveAllowed ? ["id", "label", "exclusive"] : ["id", "label"], _problems);
                var id = Id(fields, "id", []);
                return new QuestionOption(id, fields.Text("label", int.MaxValue) ?? string.Empty) { Exclusive = exclusiveAllowed && fields.Flag("exclusive", false) };
            default:
                _problems.Add(item.Line, $"een lege antwoordmogelijkheid in {what}.");
                return null;
        }
    }
}
