using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Prepare.Components;

/// <summary>The editable form state of one question; turned into a <see cref="QuestionDraft"/> on save.</summary>
public sealed class QuestionForm
{
    public QuestionType Type { get; set; } = QuestionType.SingleChoice;

    public string Text { get; set; } = string.Empty;

    public List<OptionForm> Options { get; } = [new(), new()];

    public int MaxChoices { get; set; } = 2;

    public int ScaleMax { get; set; } = 5;

    public string LowLabel { get; set; } = ScaleRange.OneToFive.LowLabel;

    public string HighLabel { get; set; } = ScaleRange.OneToFive.HighLabel;

    public bool Moderated { get; set; } = true;

    public bool StaysOpenWhileRevealed { get; set; }

    public bool UsesOptions => Type is not (QuestionType.YesNo or QuestionType.WordCloud or QuestionType.OpenText);

    public string OptionsHeading => Type switch
    {
        QuestionType.Scale => $"Stellingen (1 tot {Limits.MaxOptions}), elk te scoren van 1 tot {ScaleMax}",
        QuestionType.Ranking => $"Te rangschikken onderdelen ({Limits.MinOptions} tot {Limits.MaxOptions})",
        QuestionType.Points => $"Onderdelen om {Limits.PointsToSpread} punten over te verdelen ({Limits.MinOptions} tot {Limits.MaxOptions})",
        QuestionType.MultipleChoice => $"Antwoordmogelijkheden ({Limits.MinOptions} tot {Limits.MaxOptions}), meerdere antwoorden",
        _ => $"Antwoordmogelijkheden ({Limits.MinOptions} tot {Limits.MaxOptions}), één antwoord",
    };

    public int MinimumOptions => Type == QuestionType.Scale ? 1 : Limits.MinOptions;

    public QuestionDraft ToDraft() => new(Text, UsesOptions ? [.. Options.Select(o => o.Label)] : [])
    {
        Type = Type,
        MaxChoices = MaxChoices,
        Scale = Type == QuestionType.Scale ? new ScaleRange(1, ScaleMax, LowLabel.Trim(), HighLabel.Trim()) : null,
        Moderated = Moderated,
        StaysOpenWhileRevealed = StaysOpenWhileRevealed,
        ExclusiveLabels = [.. Options.Where(o => o.Exclusive).Select(o => o.Label.Trim())],
    };

    /// <summary>The ids the options had, parallel to <see cref="ToDraft"/>'s options; null for an option added here.</summary>
    public IReadOnlyList<string?> OptionIds => UsesOptions ? [.. Options.Select(o => o.Id)] : [];

    /// <summary>An existing question, to edit: options carry their ids so a renamed option keeps its answers.</summary>
    public static QuestionForm From(Question question)
    {
        var form = new QuestionForm
        {
            Type = question.Type,
            Text = question.Text,
            MaxChoices = question.MaxChoices,
            ScaleMax = question.Scale?.Max ?? 5,
            LowLabel = question.Scale?.LowLabel ?? ScaleRange.OneToFive.LowLabel,
            HighLabel = question.Scale?.HighLabel ?? ScaleRange.OneToFive.HighLabel,
            Moderated = question.Moderated,
            StaysOpenWhileRevealed = question.StaysOpenWhileRevealed,
        };
        if (question.Type != QuestionType.YesNo && question.HasOptions)
        {
            form.Options.Clear();
            form.Options.AddRange(question.Options.Select(o => new OptionForm { Id = o.Id, Label = o.Label, Exclusive = o.Exclusive }));
        }

        return form;
    }

    /// <summary>Moves an option one place up (the order is what phones and the screen show).</summary>
    public void MoveUp(OptionForm option)
    {
        var index = Options.IndexOf(option);
        if (index > 0)
        {
            Options.RemoveAt(index);
            Options.Insert(index - 1, option);
        }
    }

    public static QuestionForm Of(QuestionType type, string text, params string[] options)
    {
        var form = new QuestionForm { Type = type, Text = text };
        form.Options.Clear();
        form.Options.AddRange(options.Select(o => new OptionForm { Label = o }));
        return form;
    }

    public static string TypeLabel(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "Meerkeuze, één antwoord",
        QuestionType.YesNo => "Ja / Nee / Weet niet",
        QuestionType.MultipleChoice => "Meerkeuze, meerdere antwoorden",
        QuestionType.Scale => "Schaal (stellingen scoren)",
        QuestionType.WordCloud => "Woordwolk",
        QuestionType.OpenText => "Open vraag",
        QuestionType.Ranking => "Rangschikking",
        QuestionType.Points => "100 punten verdelen",
        _ => type.ToString(),
    };
}

public sealed class OptionForm
{
    /// <summary>The option's id when it already exists (editing the agenda); null for a new one.</summary>
    public string? Id { get; init; }

    public string Label { get; set; } = string.Empty;

    /// <summary>Multiple choice: cannot be combined with another option ("Geen van deze").</summary>
    public bool Exclusive { get; set; }
}
