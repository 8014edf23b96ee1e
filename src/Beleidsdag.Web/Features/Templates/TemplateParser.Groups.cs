using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Templates;

internal sealed partial class TemplateParser
{
    private GroupExerciseActivity GroupExercise(string id, TemplateFields fields)
    {
        var title = fields.Text("title", Limits.TitleLength) ?? string.Empty;
        var target = fields.Number("target", 1, Limits.MaxWerkpuntenPerGroup, Defaults.TargetPerGroup);
        var strategic = fields.Text("strategicQuestion", Limits.QuestionTextLength, required: false) ?? Defaults.StrategicQuestion;
        var operational = fields.Text("operationalQuestion", Limits.QuestionTextLength, required: false) ?? Defaults.OperationalQuestion;
        var groups = new List<GroupDefinition>();
        if (fields.List("groups") is { } list)
        {
            if (list.Items.Count is 0 or > Limits.MaxGroups)
            {
                _problems.Add(fields.LineOf("groups"), string.Create(CultureInfo.InvariantCulture, $"{fields.What} heeft 1 tot {Limits.MaxGroups} groepen nodig (nu {list.Items.Count})."));
            }

            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            groups.AddRange(list.Items.Select(item => Group(item, fields.What, ids)).OfType<GroupDefinition>());
        }

        return new GroupExerciseActivity(id, title, groups, strategic, operational, target);
    }

    private GroupDefinition? Group(TemplateNode item, string exercise, Dictionary<string, int> ids)
    {
        if (item is not MapNode map)
        {
            _problems.Add(item.Line, $"een groep van {exercise} is een blok met 'id:', 'name:' en 'richtvragen:'.");
            return null;
        }

        var name = PeekText(map, "id") is { } peek ? $"groep '{peek}'" : "deze groep";
        var fields = new TemplateFields(map, name, ["id", "name", "phase", "chapter", "richtvragen"], _problems);
        var id = Id(fields, "id", ids);
        var title = fields.Text("name", Limits.GroupNameLength) ?? string.Empty;
        BeleidscyclusPhase? phase = null;
        if (fields.Text("phase", 60, required: false) is { } phaseKey)
        {
            phase = TemplateIds.PhaseFromKey(phaseKey);
            if (phase is null)
            {
                _problems.Add(fields.LineOf("phase"), $"onbekende fase '{phaseKey}' (kies uit {string.Join(", ", Beleidscyclus.Phases.Select(TemplateIds.PhaseKey))}).");
            }
        }

        return new GroupDefinition(id, title, phase, Richtvragen(fields)) { Chapter = Chapter(fields) };
    }

    private List<string> Richtvragen(TemplateFields fields)
    {
        var richtvragen = new List<string>();
        var list = fields.List("richtvragen", required: false);
        if (list is null || list.Items.Count is 0 or > Limits.MaxRichtvragen)
        {
            // Checked here, not only by List(): a group without richtvragen leaves the group without a start.
            if (list is not null || !fields.Has("richtvragen") || fields.Node("richtvragen") is ScalarNode { Value: null })
            {
                _problems.Add(fields.LineOf("richtvragen"), string.Create(CultureInfo.InvariantCulture,
                    $"{fields.What} heeft 1 tot {Limits.MaxRichtvragen} richtvragen nodig (nu {list?.Items.Count ?? 0})."));
            }

            if (list is null)
            {
                return richtvragen;
            }
        }

        foreach (var item in list.Items)
        {
            if (item is ScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                richtvragen.Add(value.Trim());
                if (value.Trim().Length > Limits.QuestionTextLength)
                {
                    _problems.Add(item.Line, string.Create(CultureInfo.InvariantCulture, $"een richtvraag van {fields.What} is langer dan {Limits.QuestionTextLength} tekens ({value.Trim().Length})."));
                }
            }
            else
            {
                _problems.Add(item.Line, $"een richtvraag van {fields.What} is leeg of geen tekst.");
            }
        }

        return richtvragen;
    }
}
