using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Polls;

/// <summary>Counts answers into a result, per question type (docs/rules.md gives each rule with an example).</summary>
public static class Tally
{
    public const int MaxCloudWords = 50;

    public static QuestionResult Compute(Question question, IReadOnlyCollection<Answer> answers, OpenTextModeration? moderation = null) =>
        question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.YesNo or QuestionType.MultipleChoice => Choice(question, answers),
            QuestionType.Scale => Scale(question, answers),
            QuestionType.WordCloud => WordCloud(question, answers),
            QuestionType.OpenText => OpenText(question, answers, moderation),
            QuestionType.Ranking => Ranking(question, answers),
            QuestionType.Points => Points(question, answers),
            _ => throw new NotSupportedException(question.Type.ToString()),
        };

    private static ChoiceResult Choice(Question question, IReadOnlyCollection<Answer> answers)
    {
        var counts = question.Options.ToDictionary(o => o.Id, _ => 0, StringComparer.Ordinal);
        foreach (var optionId in answers.SelectMany(a => a.Content.OptionIds))
        {
            counts[optionId]++;
        }

        return new ChoiceResult(question.Id, question.Type, answers.Count, [.. question.Options.Select(o => new OptionCount(o.Id, o.Label, counts[o.Id]))]);
    }

    private static ScaleResult Scale(Question question, IReadOnlyCollection<Answer> answers)
    {
        var scale = question.Scale ?? ScaleRange.OneToFive;
        var statements = question.Options.Select(statement =>
        {
            var values = answers.Select(a => a.Content.Values.TryGetValue(statement.Id, out var v) ? v : (int?)null).OfType<int>().ToList();
            var distribution = new int[scale.Max - scale.Min + 1];
            foreach (var value in values)
            {
                distribution[value - scale.Min]++;
            }

            return new StatementResult(statement.Id, statement.Label, values.Count, distribution, values.Count == 0 ? null : values.Average());
        });
        return new ScaleResult(question.Id, answers.Count, scale, [.. statements]);
    }

    /// <summary>Each participant counts once per word, however often they typed it.</summary>
    private static WordCloudResult WordCloud(Question question, IReadOnlyCollection<Answer> answers)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            foreach (var typed in answer.Content.Texts.DistinctBy(WordNormalizer.Normalize))
            {
                if (WordNormalizer.Normalize(typed) is not { } word)
                {
                    continue;
                }

                var forms = spellings.TryGetValue(word, out var known) ? known : spellings[word] = new(StringComparer.Ordinal);
                var shown = WordNormalizer.Tidy(typed);
                forms[shown] = forms.GetValueOrDefault(shown) + 1;
            }
        }

        var words = spellings
            .Select(w => new WordCount(w.Key, w.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, w.Value.Values.Sum()))
            .OrderByDescending(w => w.Count)
            .ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(MaxCloudWords);
        return new WordCloudResult(question.Id, answers.Count, [.. words]);
    }

    /// <summary>With moderation on, only approved answers become cards; merged duplicates add to their card's count.</summary>
    private static OpenTextResult OpenText(Question question, IReadOnlyCollection<Answer> answers, OpenTextModeration? moderation)
    {
        if (!question.Moderated || moderation is null)
        {
            return new OpenTextResult(question.Id, answers.Count, [.. answers.OrderBy(a => a.AnsweredAt).Select(a => new OpenCard(a.ParticipantId, a.Content.Texts[0], 1))]);
        }

        var mergedCounts = answers
            .Select(moderation.DecisionFor)
            .Where(d => d is { Status: ModerationStatus.Merged, MergedInto: not null })
            .GroupBy(d => d!.MergedInto!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var cards = answers
            .Where(a => moderation.StatusOf(a) == ModerationStatus.Approved)
            .OrderBy(a => a.AnsweredAt)
            .Select(a => new OpenCard(a.ParticipantId, a.Content.Texts[0], 1 + mergedCounts.GetValueOrDefault(a.ParticipantId)));
        return new OpenTextResult(question.Id, answers.Count, [.. cards]);
    }

    /// <summary>
    /// One side's view of the open answers: every approved card that an answer of this side wrote or was merged
    /// into, counted with this side's answers only. A MAT answer merged into a CBS/VB card counts for MAT.
    /// </summary>
    public static OpenTextResult OpenTextOfSide(Question question, IReadOnlyCollection<Answer> answers, Side side, OpenTextModeration? moderation)
    {
        var mine = answers.Where(a => a.Side == side).ToList();
        if (!question.Moderated || moderation is null)
        {
            return OpenText(question, mine, moderation);
        }

        var perCard = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in mine)
        {
            var card = moderation.DecisionFor(answer) switch
            {
                { Status: ModerationStatus.Approved } => answer.ParticipantId,
                { Status: ModerationStatus.Merged, MergedInto: { } into } => into,
                _ => null,
            };
            if (card is not null)
            {
                perCard[card] = perCard.GetValueOrDefault(card) + 1;
            }
        }

        var cards = answers
            .Where(a => perCard.ContainsKey(a.ParticipantId) && moderation.StatusOf(a) == ModerationStatus.Approved)
            .OrderBy(a => a.AnsweredAt)
            .Select(a => new OpenCard(a.ParticipantId, a.Content.Texts[0], perCard[a.ParticipantId]));
        return new OpenTextResult(question.Id, mine.Count, [.. cards]);
    }

    /// <summary>Rank 1 is best. Points: K−1 for first place down to 0 for last (Borda), summed over respondents.</summary>
    private static RankingResult Ranking(Question question, IReadOnlyCollection<Answer> answers)
    {
        var k = question.Options.Count;
        var items = question.Options.Select(option =>
        {
            var ranks = answers.Select(a => IndexOf(a.Content.OptionIds, option.Id) + 1).Where(r => r > 0).ToList();
            return new RankedItem(option.Id, option.Label, ranks.Count == 0 ? 0 : ranks.Average(), ranks.Sum(r => k - r));
        });
        return new RankingResult(question.Id, answers.Count, [.. items.OrderByDescending(i => i.Points).ThenBy(i => i.AverageRank)]);
    }

    private static PointsResult Points(Question question, IReadOnlyCollection<Answer> answers)
    {
        var items = question.Options.Select(option =>
        {
            var total = answers.Sum(a => a.Content.Values.GetValueOrDefault(option.Id));
            return new PointsItem(option.Id, option.Label, total, answers.Count == 0 ? 0 : (double)total / answers.Count);
        });
        return new PointsResult(question.Id, answers.Count, [.. items]);
    }

    private static int IndexOf(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
