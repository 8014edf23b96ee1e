using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Tests.Polls;

public class AnswerAdaptationTests
{
    [Fact]
    public void MultipleChoice_ThatChoseARemovedOption_IsDropped()
    {
        var edited = Questions.Of(QuestionType.MultipleChoice, "a", "b");

        var (fate, _) = AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Choice("a", "c")));

        Assert.Equal(AnswerFate.DroppedRemovedChoice, fate);
    }

    [Fact]
    public void MultipleChoice_WithFewerChoicesAllowed_DropsAnswersAboveIt()
    {
        var edited = Questions.Of(QuestionType.MultipleChoice, "a", "b", "c") with { MaxChoices = 1 };

        Assert.Equal(AnswerFate.DroppedInvalid, AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Choice("a", "b"))).Fate);
        Assert.Equal(AnswerFate.Kept, AnswerAdaptation.Adapt(edited, Questions.Answer("p2", AnswerContent.Choice("c"))).Fate);
    }

    [Fact]
    public void Ranking_WithAnAddedItem_IsDropped()
    {
        var edited = Questions.Of(QuestionType.Ranking, "a", "b", "c");

        Assert.Equal(AnswerFate.DroppedInvalid, AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Choice("b", "a"))).Fate);
    }

    [Fact]
    public void Ranking_WithARemovedItem_KeepsTheOrderOfTheRest()
    {
        var edited = Questions.Of(QuestionType.Ranking, "a", "c");

        var (fate, answer) = AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Choice("c", "b", "a")));

        Assert.Equal(AnswerFate.Trimmed, fate);
        Assert.Equal(["c", "a"], answer.Content.OptionIds);
    }

    [Fact]
    public void Points_OnARemovedOption_AreDroppedUnlessItGotNone()
    {
        var edited = Questions.Of(QuestionType.Points, "a", "b");

        var gaveItPoints = AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Numbers(Questions.Values(("a", 50), ("b", 30), ("c", 20)))));
        var gaveItNothing = AnswerAdaptation.Adapt(edited, Questions.Answer("p2", AnswerContent.Numbers(Questions.Values(("a", 60), ("b", 40), ("c", 0)))));

        Assert.Equal(AnswerFate.DroppedInvalid, gaveItPoints.Fate);
        Assert.Equal(AnswerFate.Trimmed, gaveItNothing.Fate);
        Assert.Equal(2, gaveItNothing.Answer.Content.Values.Count);
    }

    [Fact]
    public void Scale_WithARemovedStatement_KeepsTheOtherScores()
    {
        var edited = Questions.Of(QuestionType.Scale, "s1");

        var (fate, answer) = AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Numbers(Questions.Values(("s1", 4), ("s2", 2)))));

        Assert.Equal(AnswerFate.Trimmed, fate);
        Assert.Equal(4, answer.Content.Values["s1"]);
    }

    [Fact]
    public void Scale_WithAnAddedStatement_IsDropped()
    {
        var edited = Questions.Of(QuestionType.Scale, "s1", "s2");

        Assert.Equal(AnswerFate.DroppedInvalid, AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Numbers(Questions.Values(("s1", 4))))).Fate);
    }

    [Fact]
    public void WordCloud_AfterATextEdit_IsKept()
    {
        var edited = Questions.Of(QuestionType.WordCloud) with { Text = "Nieuwe tekst" };

        Assert.Equal(AnswerFate.Kept, AnswerAdaptation.Adapt(edited, Questions.Answer("p1", AnswerContent.Words("vertrouwen"))).Fate);
    }
}
