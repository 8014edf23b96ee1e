namespace Beleidsdag.Domain.Polls;

/// <summary>What happens to one answer when its question is edited (docs/rules.md, "Editing a question that has answers").</summary>
public enum AnswerFate
{
    /// <summary>Still a valid answer, unchanged.</summary>
    Kept = 0,

    /// <summary>Still valid once the values given to removed statements or items are left out; stored without them.</summary>
    Trimmed = 1,

    /// <summary>It chose an option that is removed: it no longer says what the participant meant.</summary>
    DroppedRemovedChoice = 2,

    /// <summary>It no longer satisfies <see cref="AnswerRules.Check"/> (a ranking missing an item, points not summing to 100, …).</summary>
    DroppedInvalid = 3,
}

/// <summary>
/// Keeps the answers of an edited question only where they still make sense. A choice of a removed option
/// drops the answer; a value given to a removed statement or item (scale, ranking, points) is left out first;
/// then whatever no longer passes <see cref="AnswerRules.Check"/> is dropped. A text-only edit keeps everything.
/// </summary>
public static class AnswerAdaptation
{
    public static (AnswerFate Fate, Answer Answer) Adapt(Question edited, Answer answer)
    {
        var content = answer.Content;
        var known = edited.Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var trimmed = content;
        if (edited.Type is QuestionType.SingleChoice or QuestionType.YesNo or QuestionType.MultipleChoice)
        {
            if (content.OptionIds.Any(id => !known.Contains(id)))
            {
                return (AnswerFate.DroppedRemovedChoice, answer);
            }
        }
        else if (edited.HasOptions)
        {
            trimmed = content with
            {
                OptionIds = [.. content.OptionIds.Where(known.Contains)],
                Values = content.Values.Where(v => known.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
            };
        }

        if (AnswerRules.Check(edited, trimmed) != SubmissionError.None)
        {
            return (AnswerFate.DroppedInvalid, answer);
        }

        var changed = trimmed.OptionIds.Count != content.OptionIds.Count || trimmed.Values.Count != content.Values.Count;
        return changed ? (AnswerFate.Trimmed, answer with { Content = trimmed }) : (AnswerFate.Kept, answer);
    }
}
