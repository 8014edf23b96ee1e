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
    };

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
    public string Label { get; set; } = string.Empty;
}
