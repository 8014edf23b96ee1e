using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Prepare.Components;

/// <summary>The editable form state of one question; turned into a <see cref="QuestionDraft"/> on save.</summary>
public sealed class QuestionForm
{
    public string Text { get; set; } = string.Empty;

    public List<OptionForm> Options { get; } = [new(), new()];

    public QuestionDraft ToDraft() => new(Text, [.. Options.Select(o => o.Label)]);

    public static QuestionForm Of(string text, params string[] options)
    {
        var form = new QuestionForm { Text = text };
        form.Options.Clear();
        form.Options.AddRange(options.Select(o => new OptionForm { Label = o }));
        return form;
    }
}

public sealed class OptionForm
{
    public string Label { get; set; } = string.Empty;
}
