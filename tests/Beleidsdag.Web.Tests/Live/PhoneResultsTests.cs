using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Tests.Live;

public sealed class PhoneResultsTests
{
    private static readonly Question Choice = new("q1", QuestionType.SingleChoice, "Gedragen?", [new("ja", "Ja"), new("nee", "Nee")]);
    private static readonly Question Open = new("q2", QuestionType.OpenText, "Waarden?", []) { Moderated = false };

    private static Answer AnswerOf(string participant, string questionId, AnswerContent content, Side side) =>
        new(participant, questionId, content, 1, new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero), side);

    private static SplitResult Split(Question question, IEnumerable<(string Participant, Side Side, AnswerContent Content)> answers) =>
        SideSplit.Compute(question, [.. answers.Select(a => AnswerOf(a.Participant, question.Id, a.Content, a.Side))], 3);

    private static SplitResult ThreeAndThree(int anders = 0) => Split(Choice,
        [.. Enumerable.Range(0, 3).Select(i => ($"c{i}", Side.CbsVb, AnswerContent.Choice("ja"))),
         .. Enumerable.Range(0, 3).Select(i => ($"m{i}", Side.Mat, AnswerContent.Choice("nee"))),
         .. Enumerable.Range(0, anders).Select(i => ($"a{i}", Side.Anders, AnswerContent.Choice("nee")))]);

    [Fact]
    public void SplitOff_SendsOnlyTheOverallResult()
    {
        var results = PhoneResults.Of(ThreeAndThree(), splitBySide: false);

        Assert.Equal([3, 3], Assert.IsType<ChoiceResult>(results.Overall).Counts.Select(c => c.Count));
        Assert.Null(results.Split);
        Assert.Null(results.SplitNotice);
    }

    [Fact]
    public void SplitOn_WithEnoughOnEachSide_SendsCbsAndMat()
    {
        var results = PhoneResults.Of(ThreeAndThree(anders: 3), splitBySide: true);

        Assert.Equal(3, results.Split!.CbsVbRespondents);
        Assert.Equal([3, 0], Assert.IsType<ChoiceResult>(results.Split.CbsVb).Counts.Select(c => c.Count));
        Assert.Equal([0, 3], Assert.IsType<ChoiceResult>(results.Split.Mat).Counts.Select(c => c.Count));
    }

    [Fact]
    public void SplitOn_WithASideUnderTheMinimum_SendsNoSideButTheNotice()
    {
        var results = PhoneResults.Of(Split(Choice, [("c0", Side.CbsVb, AnswerContent.Choice("ja")), ("c1", Side.CbsVb, AnswerContent.Choice("ja")),
            .. Enumerable.Range(0, 3).Select(i => ($"m{i}", Side.Mat, AnswerContent.Choice("nee")))]), splitBySide: true);

        Assert.Null(results.Split);
        Assert.Contains("Geen opsplitsing", results.SplitNotice, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitOn_WithOneAnders_KeepsTheSides_AndSaysWhatWasNotCounted()
    {
        var results = PhoneResults.Of(ThreeAndThree(anders: 1), splitBySide: true);

        Assert.NotNull(results.Split);
        Assert.Equal([3, 3], Assert.IsType<ChoiceResult>(results.Overall).Counts.Select(c => c.Count));
        Assert.Equal("1 antwoord van anders niet meegeteld", results.UncountedNotice);
    }

    [Fact]
    public void OpenText_SendsTheLatestTenCards_WithoutWhoWroteThem()
    {
        var split = Split(Open, Enumerable.Range(0, 14).Select(i => ($"p{i}", Side.Mat, AnswerContent.Text($"Waarde {i}"))));

        var cards = Assert.IsType<OpenTextResult>(PhoneResults.Of(split, splitBySide: false).Overall).Cards;

        Assert.Equal(PhoneResults.MaxCards, cards.Count);
        Assert.All(cards, c => Assert.Equal(string.Empty, c.ParticipantId));
    }
}
