using Beleidsdag.Domain.Polls;
using static Beleidsdag.Domain.Tests.Questions;

namespace Beleidsdag.Domain.Tests.Polls;

public class AnswerRulesTests
{
    [Fact]
    public void MultipleChoice_WithMoreThanMax_IsRefused() =>
        Assert.Equal(SubmissionError.TooManyOptions, AnswerRules.Check(Of(QuestionType.MultipleChoice, "a", "b", "c"), AnswerContent.Choice("a", "b", "c")));

    [Fact]
    public void MultipleChoice_WithinMax_IsAccepted() =>
        Assert.Equal(SubmissionError.None, AnswerRules.Check(Of(QuestionType.MultipleChoice, "a", "b", "c"), AnswerContent.Choice("a", "c")));

    [Fact]
    public void Scale_WithAStatementMissing_IsRefused() =>
        Assert.Equal(SubmissionError.ScaleIncomplete, AnswerRules.Check(Of(QuestionType.Scale, "s1", "s2"), AnswerContent.Numbers(Values(("s1", 3)))));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Scale_OutsideTheRange_IsRefused(int value) =>
        Assert.Equal(SubmissionError.ValueOutOfRange, AnswerRules.Check(Of(QuestionType.Scale, "s1"), AnswerContent.Numbers(Values(("s1", value)))));

    [Fact]
    public void WordCloud_WithFourWords_IsRefused() =>
        Assert.Equal(SubmissionError.TooManyWords, AnswerRules.Check(Of(QuestionType.WordCloud), AnswerContent.Words("a", "b", "c", "d")));

    [Theory]
    [InlineData("open communicatie")]
    [InlineData("respect voor elkaar")]
    public void WordCloud_APhraseOfUpToThreeWords_IsAccepted(string phrase) =>
        Assert.Equal(SubmissionError.None, AnswerRules.Check(Of(QuestionType.WordCloud), AnswerContent.Words(phrase, "vertrouwen")));

    [Fact]
    public void WordCloud_APhraseOfFourWords_IsRefused() =>
        Assert.Equal(SubmissionError.WordTooLong, AnswerRules.Check(Of(QuestionType.WordCloud), AnswerContent.Words("open en eerlijke communicatie")));

    [Fact]
    public void WordCloud_APhraseOverThirtyCharacters_IsRefused() =>
        Assert.Equal(SubmissionError.WordTooLong, AnswerRules.Check(Of(QuestionType.WordCloud), AnswerContent.Words("verantwoordelijkheid samenwerking")));

    [Fact]
    public void OpenText_Over500Characters_IsRefused() =>
        Assert.Equal(SubmissionError.TextTooLong, AnswerRules.Check(Of(QuestionType.OpenText), AnswerContent.Text(new string('x', 501))));

    [Fact]
    public void OpenText_OnlyWhitespace_IsRefusedAfterCleaning() =>
        Assert.Equal(SubmissionError.TextEmpty, AnswerRules.Check(Of(QuestionType.OpenText), AnswerRules.Clean(AnswerContent.Text("  \u000B "))));

    [Fact]
    public void Ranking_WithAnItemMissing_IsRefused() =>
        Assert.Equal(SubmissionError.RankingIncomplete, AnswerRules.Check(Of(QuestionType.Ranking, "a", "b", "c"), AnswerContent.Choice("a", "b")));

    [Fact]
    public void Ranking_WithAnItemTwice_IsRefused() =>
        Assert.Equal(SubmissionError.RankingIncomplete, AnswerRules.Check(Of(QuestionType.Ranking, "a", "b", "c"), AnswerContent.Choice("a", "b", "b")));

    [Theory]
    [InlineData(60, 30)]
    [InlineData(60, 50)]
    public void Points_NotAddingUpTo100_IsRefused(int a, int b) =>
        Assert.Equal(SubmissionError.PointsNotHundred, AnswerRules.Check(Of(QuestionType.Points, "a", "b"), AnswerContent.Numbers(Values(("a", a), ("b", b)))));

    [Fact]
    public void Points_Negative_IsRefused() =>
        Assert.Equal(SubmissionError.ValueOutOfRange, AnswerRules.Check(Of(QuestionType.Points, "a", "b"), AnswerContent.Numbers(Values(("a", 110), ("b", -10)))));

    [Fact]
    public void Points_Exactly100_IsAccepted() =>
        Assert.Equal(SubmissionError.None, AnswerRules.Check(Of(QuestionType.Points, "a", "b"), AnswerContent.Numbers(Values(("a", 100), ("b", 0)))));

    [Fact]
    public void Clean_DropsWhatXmlCannotHold_AndKeepsTheRestAsTyped()
    {
        var typed = "  =1/2\u000B TRUE 😀 \uD800 tab\there  ";

        Assert.Equal("=1/2 TRUE 😀  tab\there", TextCleaner.Clean(typed));
    }
    [Fact]
    public void MultipleChoice_AnExclusiveOptionWithAnother_IsRefused()
    {
        var question = new Question("q", QuestionType.MultipleChoice, "Wat loopt goed?", [new("a", "Overleg"), new("b", "Planning"), new("geen", "Geen van deze") { Exclusive = true }])
        {
            MaxChoices = 3,
        };

        Assert.Equal(SubmissionError.ExclusiveOption, AnswerRules.Check(question, AnswerContent.Choice("a", "geen")));
        Assert.Equal(SubmissionError.None, AnswerRules.Check(question, AnswerContent.Choice("geen")));
        Assert.Equal(SubmissionError.None, AnswerRules.Check(question, AnswerContent.Choice("a", "b")));
    }
}
