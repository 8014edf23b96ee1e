using Beleidsdag.Domain.Polls;
using FsCheck;
using FsCheck.Fluent;
using static Beleidsdag.Domain.Tests.Questions;

namespace Beleidsdag.Domain.Tests.Polls;

public class TallyTests
{
    [Fact]
    public void Scale_GivesDistributionAndMeanPerStatement()
    {
        var question = Of(QuestionType.Scale, "s1", "s2");
        var result = (ScaleResult)Tally.Compute(question,
        [
            Answer("p1", AnswerContent.Numbers(Values(("s1", 4), ("s2", 1)))),
            Answer("p2", AnswerContent.Numbers(Values(("s1", 5), ("s2", 2)))),
            Answer("p3", AnswerContent.Numbers(Values(("s1", 4), ("s2", 1)))),
        ]);

        Assert.Equal([0, 0, 0, 2, 1], result.Statements[0].Distribution);
        Assert.Equal(13.0 / 3, result.Statements[0].Mean!.Value, 6);
        Assert.Equal(4.0 / 3, result.Statements[1].Mean!.Value, 6);
    }

    [Fact]
    public void Ranking_GivesAverageRankAndBordaPoints()
    {
        var question = Of(QuestionType.Ranking, "a", "b", "c");
        var result = (RankingResult)Tally.Compute(question,
        [
            Answer("p1", AnswerContent.Choice("a", "b", "c")),
            Answer("p2", AnswerContent.Choice("b", "a", "c")),
        ]);

        var a = result.Items.Single(i => i.OptionId == "a");
        var c = result.Items.Single(i => i.OptionId == "c");
        Assert.Equal((1.5, 3), (a.AverageRank, a.Points));
        Assert.Equal((3.0, 0), (c.AverageRank, c.Points));
    }

    [Fact]
    public void Points_GivesTotalAndAveragePerOption()
    {
        var result = (PointsResult)Tally.Compute(Of(QuestionType.Points, "a", "b"),
        [
            Answer("p1", AnswerContent.Numbers(Values(("a", 70), ("b", 30)))),
            Answer("p2", AnswerContent.Numbers(Values(("a", 40), ("b", 60)))),
        ]);

        Assert.Equal((110, 55.0), (result.Items[0].Total, result.Items[0].Average));
    }

    [Fact]
    public void OpenText_WithModeration_ShowsOnlyApprovedCards_WithMergedDuplicatesCounted()
    {
        var question = Of(QuestionType.OpenText);
        var answers = new[]
        {
            Answer("p1", AnswerContent.Text("Respect voor elkaars rol")),
            Answer("p2", AnswerContent.Text("respect voor elkaars rol!")),
            Answer("p3", AnswerContent.Text("Iets ongepasts")),
            Answer("p4", AnswerContent.Text("Nog niet bekeken")),
        };
        var moderation = new OpenTextModeration();
        moderation.Apply(new ModerationDecision("q", "p1", 1, ModerationStatus.Approved, null));
        moderation.Apply(new ModerationDecision("q", "p2", 1, ModerationStatus.Merged, "p1"));
        moderation.Apply(new ModerationDecision("q", "p3", 1, ModerationStatus.Hidden, null));

        var result = (OpenTextResult)Tally.Compute(question, answers, moderation);

        var card = Assert.Single(result.Cards);
        Assert.Equal(("Respect voor elkaars rol", 2), (card.Text, card.Count));
    }

    [Fact]
    public void OpenText_ChangedAfterApproval_IsPendingAgain()
    {
        var moderation = new OpenTextModeration();
        moderation.Apply(new ModerationDecision("q", "p1", 1, ModerationStatus.Approved, null));

        var result = (OpenTextResult)Tally.Compute(Of(QuestionType.OpenText), [Answer("p1", AnswerContent.Text("Nieuwe tekst"), seq: 2)], moderation);

        Assert.Empty(result.Cards);
    }

    [Fact]
    public void Points_EveryRespondentsPointsAddUpTo100_SoTotalsAre100PerRespondent() =>
        Prop.ForAll(Gen.Choose(0, 100).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), seeds =>
        {
            var answers = seeds.Select((seed, i) => Answer($"p{i}", AnswerContent.Numbers(Values(("a", seed), ("b", 100 - seed))))).ToList();
            var result = (PointsResult)Tally.Compute(Of(QuestionType.Points, "a", "b"), answers);
            return result.Items.Sum(x => x.Total) == 100 * answers.Count
                && answers.All(a => AnswerRules.Check(Of(QuestionType.Points, "a", "b"), a.Content) == SubmissionError.None);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ranking_OneRespondentsPoints_AreAPermutationOfZeroToKMinusOne() =>
        Prop.ForAll(Gen.Shuffle(["a", "b", "c", "d", "e"]).ToArbitrary(), order =>
        {
            var question = Of(QuestionType.Ranking, "a", "b", "c", "d", "e");
            var result = (RankingResult)Tally.Compute(question, [Answer("p1", AnswerContent.Choice([.. order]))]);
            return AnswerRules.Check(question, AnswerContent.Choice([.. order])) == SubmissionError.None
                && result.Items.Select(i => i.Points).Order().SequenceEqual([0, 1, 2, 3, 4])
                && result.Items.Single(i => i.OptionId == order[0]).Points == 4;
        }).QuickCheckThrowOnFailure();
}
