using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>What the facilitator fills in to create a workshop; <see cref="Validate"/> gives Dutch messages.</summary>
public sealed record WorkshopDraft(string Title, string Municipality, DateOnly Date, IReadOnlyList<QuestionDraft> Questions)
{
    /// <summary>The beleidscyclus exercise and what follows it, after the questions (templates will order them freely).</summary>
    public GroupWorkDraft? GroupWork { get; init; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        DraftChecks.Text(errors, Title, "De titel", Limits.TitleLength);
        DraftChecks.Text(errors, Municipality, "De gemeente", Limits.MunicipalityLength);
        if (Questions.Count > Limits.MaxActivities)
        {
            errors.Add($"Een workshop heeft hoogstens {Limits.MaxActivities} vragen.");
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            errors.AddRange(Questions[i].Validate($"Vraag {i + 1}"));
        }

        if (GroupWork is not null)
        {
            errors.AddRange(GroupWork.Validate());
        }

        return errors;
    }

    /// <summary>Turns a valid draft into a workshop, giving every question and option a stable id.</summary>
    public Workshop ToWorkshop(string id, string joinCode, string screenKey, DateTimeOffset now) => new()
    {
        Id = id,
        Title = Title.Trim(),
        Municipality = Municipality.Trim(),
        Date = Date,
        JoinCode = joinCode,
        ScreenKey = screenKey,
        CreatedAt = now,
        Agenda = [.. Questions.Select(q => (Activity)new QuestionActivity(SecretKey.NewId(), q.ToQuestion(SecretKey.NewId()))), .. GroupWork?.ToActivities() ?? []],
    };
}

/// <summary>One question as the facilitator typed it. Options are the choices, the statements (scale) or the items (ranking, points).</summary>
public sealed record QuestionDraft(string Text, IReadOnlyList<string> Options)
{
    public static IReadOnlyList<string> YesNoOptions { get; } = ["Ja", "Nee", "Weet niet"];

    public QuestionType Type { get; init; } = QuestionType.SingleChoice;

    /// <summary>Multiple choice only.</summary>
    public int MaxChoices { get; init; } = 2;

    /// <summary>Scale only; 1 to 5 when not given.</summary>
    public ScaleRange? Scale { get; init; }

    /// <summary>Open text only.</summary>
    public bool Moderated { get; init; } = true;

    /// <summary>Revealing the results leaves voting open (docs/rules.md, "Revealing closes voting").</summary>
    public bool StaysOpenWhileRevealed { get; init; }

    /// <summary>Multiple choice only: the options (by label) that cannot be combined with another, such as "Geen van deze".</summary>
    public IReadOnlyCollection<string> ExclusiveLabels { get; init; } = [];

    public IEnumerable<string> Validate(string name)
    {
        var errors = new List<string>();
        DraftChecks.Text(errors, Text, name, Limits.QuestionTextLength);
        var options = GivenOptions();
        var (min, max) = Type switch
        {
            QuestionType.WordCloud or QuestionType.OpenText or QuestionType.YesNo => (0, int.MaxValue),
            QuestionType.Scale => (1, Limits.MaxOptions),
            _ => (Limits.MinOptions, Limits.MaxOptions),
        };
        if (options.Count < min || options.Count > max)
        {
            errors.Add(Type == QuestionType.Scale
                ? $"{name} heeft 1 tot {Limits.MaxOptions} stellingen nodig."
                : $"{name} heeft {Limits.MinOptions} tot {Limits.MaxOptions} antwoordmogelijkheden nodig.");
        }

        if (options.Any(o => o.Length > Limits.OptionLabelLength))
        {
            errors.Add($"{name}: een antwoordmogelijkheid is langer dan {Limits.OptionLabelLength} tekens.");
        }

        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            errors.Add($"{name} heeft twee keer dezelfde antwoordmogelijkheid.");
        }

        if (Type == QuestionType.MultipleChoice && (MaxChoices < 1 || MaxChoices > Math.Max(1, options.Count)))
        {
            errors.Add($"{name}: het maximum aantal antwoorden moet tussen 1 en {Math.Max(1, options.Count)} liggen.");
        }

        if (Type == QuestionType.Scale && Scale is { } scale && (scale.Min != 1 || scale.Max is not (5 or 10)
            || scale.LowLabel.Length > Limits.ScaleLabelLength || scale.HighLabel.Length > Limits.ScaleLabelLength))
        {
            errors.Add($"{name}: een schaal gaat van 1 tot 5 of van 1 tot 10, met labels van hoogstens {Limits.ScaleLabelLength} tekens.");
        }

        return errors;
    }

    public Question ToQuestion(string id)
    {
        var labels = Type switch
        {
            QuestionType.YesNo => YesNoOptions,
            QuestionType.WordCloud or QuestionType.OpenText => [],
            _ => GivenOptions(),
        };
        var exclusive = Type == QuestionType.MultipleChoice ? ExclusiveLabels.Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal) : [];
        return new Question(id, Type, Text.Trim(), [.. labels.Select(l => new QuestionOption(SecretKey.NewId(), l) { Exclusive = exclusive.Contains(l) })])
        {
            MaxChoices = Type == QuestionType.MultipleChoice ? MaxChoices : 1,
            Scale = Type == QuestionType.Scale ? Scale ?? ScaleRange.OneToFive : null,
            Moderated = Type != QuestionType.OpenText || Moderated,
            StaysOpenWhileRevealed = StaysOpenWhileRevealed,
        };
    }

    private List<string> GivenOptions() => [.. Options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim())];
}

internal static class DraftChecks
{
    public static void Text(List<string> errors, string? value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} is verplicht.");
        }
        else if (value.Trim().Length > max)
        {
            errors.Add($"{name} is langer dan {max} tekens.");
        }
    }
}
