using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>What the facilitator fills in to create a workshop; <see cref="Validate"/> gives Dutch messages.</summary>
public sealed record WorkshopDraft(string Title, string Municipality, DateOnly Date, IReadOnlyList<QuestionDraft> Questions)
{
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckText(errors, Title, "De titel", Limits.TitleLength);
        CheckText(errors, Municipality, "De gemeente", Limits.MunicipalityLength);
        if (Questions.Count > Limits.MaxActivities)
        {
            errors.Add($"Een workshop heeft hoogstens {Limits.MaxActivities} vragen.");
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i];
            var name = $"Vraag {i + 1}";
            CheckText(errors, question.Text, name, Limits.QuestionTextLength);
            var options = question.Options.Where(o => !string.IsNullOrWhiteSpace(o)).ToList();
            if (options.Count is < Limits.MinOptions or > Limits.MaxOptions)
            {
                errors.Add($"{name} heeft {Limits.MinOptions} tot {Limits.MaxOptions} antwoordmogelijkheden nodig.");
            }

            if (options.Any(o => o.Trim().Length > Limits.OptionLabelLength))
            {
                errors.Add($"{name}: een antwoordmogelijkheid is langer dan {Limits.OptionLabelLength} tekens.");
            }

            if (options.Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            {
                errors.Add($"{name} heeft twee keer dezelfde antwoordmogelijkheid.");
            }
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
        Agenda = [.. Questions.Select(q => (Activity)new QuestionActivity(SecretKey.NewId(), new Question(
            SecretKey.NewId(),
            QuestionType.SingleChoice,
            q.Text.Trim(),
            [.. q.Options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => new QuestionOption(SecretKey.NewId(), o.Trim()))])))],
    };

    private static void CheckText(List<string> errors, string? value, string name, int max)
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

public sealed record QuestionDraft(string Text, IReadOnlyList<string> Options);
