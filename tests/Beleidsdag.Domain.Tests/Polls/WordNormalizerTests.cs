using Beleidsdag.Domain.Polls;
using static Beleidsdag.Domain.Tests.Questions;

namespace Beleidsdag.Domain.Tests.Polls;

public class WordNormalizerTests
{
    [Theory]
    [InlineData("Vertrouwen")]
    [InlineData("vertrouwen ")]
    [InlineData("vertrouwén")]
    [InlineData(" VERTROUWEN!")]
    public void Normalize_FoldsCaseAccentsAndWhitespace(string typed) =>
        Assert.Equal("vertrouwen", WordNormalizer.Normalize(typed));

    [Theory]
    [InlineData("de")]
    [InlineData("Het")]
    [InlineData("  ")]
    [InlineData("...")]
    public void Normalize_StopWordsAndEmptyCountForNothing(string typed) => Assert.Null(WordNormalizer.Normalize(typed));

    [Theory]
    [InlineData("Open communicatie")]
    [InlineData("open   communicatie!")]
    [InlineData("de open communicatie")]
    [InlineData("Open communicatie van")]
    public void Normalize_APhrase_FoldsAsOneEntry_WithoutStopWordsAtItsEdges(string typed) =>
        Assert.Equal("open communicatie", WordNormalizer.Normalize(typed));

    [Fact]
    public void Normalize_APhrase_KeepsTheStopWordsInside() =>
        Assert.Equal("respect voor elkaar", WordNormalizer.Normalize("Respect voor elkaar"));

    [Fact]
    public void Normalize_APhraseOfStopWordsOnly_CountsForNothing() => Assert.Null(WordNormalizer.Normalize("van de"));

    [Fact]
    public void WordCloud_APhrase_IsOneEntry_ThatAddsNothingToItsWords()
    {
        var result = (WordCloudResult)Tally.Compute(Of(QuestionType.WordCloud),
        [
            Answer("p1", AnswerContent.Words("Open communicatie")),
            Answer("p2", AnswerContent.Words("open   communicatie!", "communicatie")),
            Answer("p3", AnswerContent.Words("de open communicatie")),
        ]);

        Assert.Equal([("open communicatie", 3), ("communicatie", 1)], result.Words.Select(w => (w.Word, w.Count)));
    }

    [Fact]
    public void WordCloud_CountsTheThreeSpellingsAsOneWord()
    {
        var question = Of(QuestionType.WordCloud);
        var result = (WordCloudResult)Tally.Compute(question,
        [
            Answer("p1", AnswerContent.Words("Vertrouwen", "respect")),
            Answer("p2", AnswerContent.Words("vertrouwen ")),
            Answer("p3", AnswerContent.Words("vertrouwén", "de")),
        ]);

        var top = result.Words[0];
        Assert.Equal(("vertrouwen", 3), (top.Word, top.Count));
        Assert.Equal(2, result.Words.Count);
    }

    [Fact]
    public void WordCloud_AParticipantTypingAWordTwice_CountsOnce()
    {
        var result = (WordCloudResult)Tally.Compute(Of(QuestionType.WordCloud), [Answer("p1", AnswerContent.Words("Open", "open", "OPEN"))]);

        Assert.Equal(1, Assert.Single(result.Words).Count);
    }

    [Fact]
    public void WordCloud_ShowsAtMost50Words()
    {
        var answers = Enumerable.Range(0, 30).Select(i => Answer($"p{i}", AnswerContent.Words($"woord{i}a", $"woord{i}b", $"woord{i}c"))).ToList();

        Assert.Equal(50, ((WordCloudResult)Tally.Compute(Of(QuestionType.WordCloud), answers)).Words.Count);
    }
}
