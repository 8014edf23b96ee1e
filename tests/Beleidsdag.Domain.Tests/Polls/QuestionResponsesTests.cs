using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Polls;

public class QuestionResponsesTests
{
    private readonly QuestionResponses _responses = new(TestData.YesNoQuestion());

    private int[] Counts() => [.. ((ChoiceResult)_responses.Result()).Counts.Select(c => c.Count)];

    [Fact]
    public void Tally_CountsOneAnswerPerParticipant()
    {
        _responses.Apply(TestData.Answer("p1", "ja"));
        _responses.Apply(TestData.Answer("p2", "ja"));
        _responses.Apply(TestData.Answer("p3", "nee"));

        Assert.Equal(3, _responses.RespondentCount);
        Assert.Equal([2, 1, 0], Counts());
    }

    [Fact]
    public void Apply_WhenParticipantChangesAnswer_CountsOnlyTheNewOne()
    {
        _responses.Apply(TestData.Answer("p1", "ja", seq: 1));
        _responses.Apply(TestData.Answer("p1", "nee", seq: 2));

        Assert.Equal(1, _responses.RespondentCount);
        Assert.Equal([0, 1, 0], Counts());
    }

    [Fact]
    public void Check_WhenQuestionClosed_IsRejected() =>
        Assert.Equal(SubmissionError.QuestionNotOpen, _responses.Check(AnswerContent.Choice("ja"), QuestionPhase.Closed));

    [Fact]
    public void Check_WhenQuestionNotOpenedYet_IsRejected() =>
        Assert.Equal(SubmissionError.QuestionNotOpen, _responses.Check(AnswerContent.Choice("ja"), QuestionPhase.NotOpened));

    [Fact]
    public void Check_WhenOpenAndOptionKnown_IsAccepted() =>
        Assert.Equal(SubmissionError.None, _responses.Check(AnswerContent.Choice("ja"), QuestionPhase.Open));

    [Fact]
    public void Check_WhenOptionUnknown_IsRejected() =>
        Assert.Equal(SubmissionError.UnknownOption, _responses.Check(AnswerContent.Choice("misschien"), QuestionPhase.Open));

    [Fact]
    public void Check_WhenTwoOptionsOnSingleChoice_IsRejected() =>
        Assert.Equal(SubmissionError.WrongNumberOfOptions, _responses.Check(AnswerContent.Choice("ja", "nee"), QuestionPhase.Open));

    [Fact]
    public void IsSuperseded_WhenOlderSubmissionArrivesLate_IsTrue()
    {
        _responses.Apply(TestData.Answer("p1", "nee", seq: 5));

        Assert.True(_responses.IsSuperseded("p1", 4));
        Assert.False(_responses.IsSuperseded("p1", 6));
        Assert.False(_responses.IsSuperseded("p2", 1));
    }

    [Fact]
    public void Tally_ReferencesOptionsById_NotByPosition()
    {
        _responses.Apply(TestData.Answer("p1", "wn"));

        var weetNiet = Assert.Single(((ChoiceResult)_responses.Result()).Counts, c => c.Count == 1);
        Assert.Equal("wn", weetNiet.OptionId);
        Assert.Equal("Weet niet", weetNiet.Label);
    }
}
