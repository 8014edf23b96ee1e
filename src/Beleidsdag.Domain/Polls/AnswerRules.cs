using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Polls;

/// <summary>What a valid answer is, per question type (docs/protocol.md, "Answers per question type").</summary>
public static class AnswerRules
{
    /// <summary>Cleans the texts of an answer (see <see cref="TextCleaner"/>); ids and numbers are untouched.</summary>
    public static AnswerContent Clean(AnswerContent content) =>
        content.Texts.Count == 0 ? content : content with { Texts = [.. content.Texts.Select(TextCleaner.Clean)] };

    /// <summary>Checks a cleaned answer against its question; changes nothing.</summary>
    public static SubmissionError Check(Question question, AnswerContent content) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.YesNo => CheckChoice(question, content.OptionIds, 1, SubmissionError.WrongNumberOfOptions),
        QuestionType.MultipleChoice => CheckChoice(question, content.OptionIds, question.MaxChoices, SubmissionError.TooManyOptions),
        QuestionType.Scale => CheckScale(question, content.Values),
        QuestionType.WordCloud => CheckWords(content.Texts),
        QuestionType.OpenText => CheckText(content.Texts),
        QuestionType.Ranking => CheckRanking(question, content.OptionIds),
        QuestionType.Points => CheckPoints(question, content.Values),
        _ => SubmissionError.InvalidRequest,
    };

    private static SubmissionError CheckChoice(Question question, IReadOnlyList<string> ids, int max, SubmissionError tooMany)
    {
        if (ids.Count == 0)
        {
            return SubmissionError.WrongNumberOfOptions;
        }

        if (ids.Count > max)
        {
            return tooMany;
        }

        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return SubmissionError.InvalidRequest;
        }

        if (!ids.All(id => question.FindOption(id) is not null))
        {
            return SubmissionError.UnknownOption;
        }

        // "Geen van deze" next to another option says two opposite things.
        return ids.Count > 1 && ids.Any(id => question.FindOption(id)!.Exclusive) ? SubmissionError.ExclusiveOption : SubmissionError.None;
    }

    private static SubmissionError CheckScale(Question question, IReadOnlyDictionary<string, int> values)
    {
        var scale = question.Scale ?? ScaleRange.OneToFive;
        if (values.Keys.Any(id => question.FindOption(id) is null))
        {
            return SubmissionError.UnknownOption;
        }

        if (question.Options.Any(o => !values.ContainsKey(o.Id)))
        {
            return SubmissionError.ScaleIncomplete;
        }

        return values.Values.All(v => v >= scale.Min && v <= scale.Max) ? SubmissionError.None : SubmissionError.ValueOutOfRange;
    }

    private static SubmissionError CheckWords(IReadOnlyList<string> words)
    {
        var given = words.Where(w => w.Length > 0).ToList();
        if (given.Count == 0)
        {
            return SubmissionError.TextEmpty;
        }

        if (words.Count > Limits.MaxCloudWords)
        {
            return SubmissionError.TooManyWords;
        }

        return given.Any(w => w.Length > Limits.CloudWordLength
            || w.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > Limits.MaxWordsPerCloudEntry)
            ? SubmissionError.WordTooLong : SubmissionError.None;
    }

    private static SubmissionError CheckText(IReadOnlyList<string> texts) => texts switch
    {
        [] or [""] => SubmissionError.TextEmpty,
        [var text] when text.Length > Limits.OpenTextLength => SubmissionError.TextTooLong,
        [_] => SubmissionError.None,
        _ => SubmissionError.InvalidRequest,
    };

    private static SubmissionError CheckRanking(Question question, IReadOnlyList<string> order)
    {
        if (order.Any(id => question.FindOption(id) is null))
        {
            return SubmissionError.UnknownOption;
        }

        return order.Count == question.Options.Count && order.Distinct(StringComparer.Ordinal).Count() == order.Count
            ? SubmissionError.None
            : SubmissionError.RankingIncomplete;
    }

    private static SubmissionError CheckPoints(Question question, IReadOnlyDictionary<string, int> points)
    {
        if (points.Keys.Any(id => question.FindOption(id) is null))
        {
            return SubmissionError.UnknownOption;
        }

        if (points.Values.Any(p => p is < 0 or > Limits.PointsToSpread))
        {
            return SubmissionError.ValueOutOfRange;
        }

        return points.Values.Sum() == Limits.PointsToSpread ? SubmissionError.None : SubmissionError.PointsNotHundred;
    }
}
