using System.Globalization;
using System.Text;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Templates;

/// <summary>
/// Writes a template as YAML that <see cref="TemplateReader"/> reads back into an equal agenda. Written by
/// hand rather than with YamlDotNet's emitter, so the file looks like one a person would write: block
/// scalars (<c>|</c>) for multi-line text, quotes only where YAML needs them.
/// </summary>
public static class TemplateWriter
{
    public static string Write(WorkshopTemplate template)
    {
        var yaml = new YamlText();
        yaml.Comment("Beleidsdag-sjabloon. Alle sleutels staan uitgelegd in workshop-templates/README.md.");
        yaml.Comment("Ids (id:) blijven best ongewijzigd: een opvolgingsworkshop vergelijkt vragen met dezelfde id.");
        yaml.Field(0, "name", template.Name);
        if (template.Description.Length > 0)
        {
            yaml.Field(0, "description", template.Description);
        }

        if (template.Title is { Length: > 0 } title)
        {
            yaml.Field(0, "title", title);
        }

        yaml.Line(0, "agenda:");
        foreach (var activity in template.Agenda)
        {
            yaml.Blank();
            yaml.Item(2, "id", activity.Id);
            yaml.Field(4, "kind", TemplateNames.Kind(activity.Kind));
            if (activity.Chapter is { } chapter)
            {
                yaml.Field(4, "chapter", Afsprakennota.Key(chapter));
            }

            WriteBody(yaml, activity);
        }

        return yaml.ToString();
    }

    private static void WriteBody(YamlText yaml, Activity activity)
    {
        switch (activity)
        {
            case InfoActivity info:
                yaml.Field(4, "title", info.Title);
                if (info.Body.Length > 0)
                {
                    yaml.Field(4, "text", info.Body);
                }

                if (info.Recap)
                {
                    yaml.Line(4, "recap: true");
                }

                break;
            case QuestionActivity { Question: var question }:
                WriteQuestion(yaml, question);
                break;
            case GroupExerciseActivity exercise:
                WriteExercise(yaml, exercise);
                break;
            case PrioritisationActivity prioritisation:
                yaml.Field(4, "title", prioritisation.Title);
                yaml.Number(4, "dots", prioritisation.Dots);
                break;
            case ConsentActivity consent:
                yaml.Field(4, "title", consent.Title);
                break;
            case EvaluationActivity evaluation:
                yaml.Field(4, "title", evaluation.Title);
                break;
            case DelegationsActivity delegations:
                yaml.Field(4, "title", delegations.Title);
                yaml.Line(4, "domains:");
                foreach (var domain in delegations.Domains)
                {
                    yaml.ListText(6, domain);
                }

                break;
        }
    }

    private static void WriteQuestion(YamlText yaml, Question question)
    {
        yaml.Field(4, "type", TemplateNames.Type(question.Type));
        yaml.Field(4, "text", question.Text);
        if (question.StaysOpenWhileRevealed)
        {
            yaml.Line(4, "staysOpen: true");
        }

        switch (question.Type)
        {
            case QuestionType.MultipleChoice:
                yaml.Number(4, "maxChoices", question.MaxChoices);
                WriteOptions(yaml, "options", question.Options);
                break;
            case QuestionType.SingleChoice or QuestionType.Ranking or QuestionType.Points:
                WriteOptions(yaml, "options", question.Options);
                break;
            case QuestionType.Scale:
                var scale = question.Scale ?? ScaleRange.OneToFive;
                yaml.Number(4, "scale", scale.Max);
                yaml.Field(4, "low", scale.LowLabel);
                yaml.Field(4, "high", scale.HighLabel);
                WriteOptions(yaml, "statements", question.Options);
                break;
            case QuestionType.OpenText:
                yaml.Line(4, question.Moderated ? "moderated: true" : "moderated: false");
                break;
        }
    }

    private static void WriteOptions(YamlText yaml, string key, IReadOnlyList<QuestionOption> options)
    {
        yaml.Line(4, key + ":");
        foreach (var option in options)
        {
            // A plain label gets the slug of its label as id; only a different id (or a flag) needs writing out.
            if (option.Id == TemplateIds.Slug(option.Label) && !option.Exclusive)
            {
                yaml.ListText(6, option.Label);
            }
            else
            {
                yaml.Item(6, "id", option.Id);
                yaml.Field(8, "label", option.Label);
                if (option.Exclusive)
                {
                    yaml.Line(8, "exclusive: true");
                }
            }
        }
    }

    private static void WriteExercise(YamlText yaml, GroupExerciseActivity exercise)
    {
        yaml.Field(4, "title", exercise.Title);
        yaml.Number(4, "target", exercise.TargetPerGroup);
        if (exercise.StrategicQuestion != Beleidscyclus.StrategicQuestion)
        {
            yaml.Field(4, "strategicQuestion", exercise.StrategicQuestion);
        }

        if (exercise.OperationalQuestion != Beleidscyclus.OperationalQuestion)
        {
            yaml.Field(4, "operationalQuestion", exercise.OperationalQuestion);
        }

        yaml.Line(4, "groups:");
        foreach (var group in exercise.Groups)
        {
            yaml.Item(6, "id", group.Id);
            yaml.Field(8, "name", group.Name);
            if (group.Phase is { } phase)
            {
                yaml.Field(8, "phase", TemplateIds.PhaseKey(phase));
            }

            if (group.Chapter is { } chapter)
            {
                yaml.Field(8, "chapter", Afsprakennota.Key(chapter));
            }

            yaml.Line(8, "richtvragen:");
            foreach (var richtvraag in group.Richtvragen)
            {
                yaml.ListText(10, richtvraag);
            }
        }
    }

    /// <summary>Lines of YAML with the quoting rules in one place.</summary>
    private sealed class YamlText
    {
        private readonly StringBuilder _text = new();

        public void Comment(string text) => _text.Append("# ").Append(text).Append('\n');

        public void Blank() => _text.Append('\n');

        public void Line(int indent, string text) => _text.Append(' ', indent).Append(text).Append('\n');

        /// <summary>A number stays unquoted: the reader expects a number there, not a text.</summary>
        public void Number(int indent, string key, int value) => Line(indent, string.Create(CultureInfo.InvariantCulture, $"{key}: {value}"));

        public void Field(int indent, string key, string value) => Line(indent, $"{key}: {YamlScalar.Format(value, indent + 2)}");

        /// <summary>The first key of a block in a list: "- id: …".</summary>
        public void Item(int indent, string key, string value) => Line(indent, $"- {key}: {YamlScalar.Format(value, indent + 4)}");

        public void ListText(int indent, string value) => Line(indent, $"- {YamlScalar.Format(value, indent + 2)}");

        public override string ToString() => _text.ToString();
    }
}
