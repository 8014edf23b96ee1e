using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// Whether an edited agenda is valid, with the same Dutch messages and limits as creating a workshop:
/// a question is turned back into the draft it could have been typed as, and checked as such.
/// </summary>
public static class AgendaRules
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<Activity> agenda)
    {
        var errors = new List<string>();
        if (agenda.Count > Limits.MaxActivities)
        {
            errors.Add($"Een workshop heeft hoogstens {Limits.MaxActivities} onderdelen.");
        }

        var questionIds = agenda.OfType<QuestionActivity>().Select(q => q.Question.Id).ToList();
        if (agenda.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != agenda.Count
            || questionIds.Distinct(StringComparer.Ordinal).Count() != questionIds.Count)
        {
            errors.Add("Twee onderdelen hebben hetzelfde id.");
        }

        for (var i = 0; i < agenda.Count; i++)
        {
            errors.AddRange(Validate(agenda[i], $"Onderdeel {i + 1}"));
        }

        return errors;
    }

    public static IEnumerable<string> Validate(Activity activity, string name)
    {
        var errors = new List<string>();
        switch (activity)
        {
            case QuestionActivity q:
                errors.AddRange(DraftOf(q.Question).Validate(name));
                if (q.Question.Options.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() != q.Question.Options.Count)
                {
                    errors.Add($"{name}: twee antwoordmogelijkheden hebben hetzelfde id.");
                }

                break;
            case InfoActivity info:
                DraftChecks.Text(errors, info.Title, $"{name}: de titel", Limits.TitleLength);
                if (info.Body.Length > Limits.InfoBodyLength)
                {
                    errors.Add($"{name}: de tekst is langer dan {Limits.InfoBodyLength} tekens.");
                }

                break;
            case PrioritisationActivity p:
                DraftChecks.Text(errors, p.Title, $"{name}: de titel", Limits.TitleLength);
                if (p.Dots is < 1 or > Limits.MaxDots)
                {
                    errors.Add($"{name}: het aantal stippen ligt tussen 1 en {Limits.MaxDots}.");
                }

                break;
            case ConsentActivity c:
                DraftChecks.Text(errors, c.Title, $"{name}: de titel", Limits.TitleLength);
                break;
            case EvaluationActivity e:
                DraftChecks.Text(errors, e.Title, $"{name}: de titel", Limits.TitleLength);
                break;
            case DelegationsActivity d:
                DraftChecks.Text(errors, d.Title, $"{name}: de titel", Limits.TitleLength);
                if (d.Domains.Count > Limits.MaxDelegationDomains || d.Domains.Any(x => x.Length is 0 or > Limits.DelegationDomainLength))
                {
                    errors.Add($"{name}: hoogstens {Limits.MaxDelegationDomains} domeinen, elk 1 tot {Limits.DelegationDomainLength} tekens.");
                }

                break;
            case GroupExerciseActivity g:
                DraftChecks.Text(errors, g.Title, $"{name}: de titel", Limits.TitleLength);
                break;
        }

        return errors;
    }

    /// <summary>The draft a question could have been typed as: the creation rules then apply unchanged.</summary>
    public static QuestionDraft DraftOf(Question question) =>
        new(question.Text, question.Type == QuestionType.YesNo ? [] : [.. question.Options.Select(o => o.Label)])
        {
            Type = question.Type,
            MaxChoices = question.MaxChoices,
            Scale = question.Scale,
            Moderated = question.Moderated,
            StaysOpenWhileRevealed = question.StaysOpenWhileRevealed,
            ExclusiveLabels = [.. question.Options.Where(o => o.Exclusive).Select(o => o.Label)],
        };
}
