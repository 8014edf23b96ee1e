using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Tests.Polls;

public sealed class FollowUpComparisonTests
{
    private static readonly Question Earlier = TestData.YesNoQuestion();

    [Fact]
    public void Compare_ChoiceQuestion_GivesTheShareThenAndNowPerSide()
    {
        // Then: 3 CBS all "nee", 3 MAT all "ja". Now: everyone "ja".
        var then = Split(Earlier, ("c1", Side.CbsVb, "nee"), ("c2", Side.CbsVb, "nee"), ("c3", Side.CbsVb, "nee"), ("m1", Side.Mat, "ja"), ("m2", Side.Mat, "ja"), ("m3", Side.Mat, "ja"));
        var now = Split(Earlier, ("d1", Side.CbsVb, "ja"), ("d2", Side.CbsVb, "ja"), ("d3", Side.CbsVb, "ja"), ("n1", Side.Mat, "ja"), ("n2", Side.Mat, "ja"), ("n3", Side.Mat, "ja"));

        var comparison = FollowUpComparison.Compare(then, now)!;

        var ja = comparison.Items.Single(i => i.Label == "Ja");
        Assert.Equal(ComparedMeasure.Share, comparison.Measure);
        Assert.Equal(new ComparedFigures(50, 100), ja.Overall);
        Assert.Equal(new ComparedFigures(0, 100), ja.CbsVb);
        Assert.Equal(new ComparedFigures(100, 100), ja.Mat);
        Assert.Equal((6, 6), (comparison.EarlierRespondents, comparison.NowRespondents));
    }

    [Fact]
    public void Compare_SideUnderTheAnonymityMinimumEarlier_HasNoFigureForThatTime()
    {
        var then = Split(Earlier, ("c1", Side.CbsVb, "nee"), ("m1", Side.Mat, "ja"), ("m2", Side.Mat, "ja"), ("m3", Side.Mat, "ja"));
        var now = Split(Earlier, ("d1", Side.CbsVb, "ja"), ("d2", Side.CbsVb, "ja"), ("d3", Side.CbsVb, "ja"));

        var nee = FollowUpComparison.Compare(then, now)!.Items.Single(i => i.Label == "Nee");

        Assert.Null(nee.CbsVb.Earlier);
        Assert.Null(nee.Mat.Earlier);
        Assert.Equal(0, nee.CbsVb.Now);
        Assert.Equal(25, nee.Overall.Earlier);
    }

    [Fact]
    public void Compare_OptionsWithOtherIds_AreMatchedByLabel()
    {
        Question renamedIds = new("q1", QuestionType.SingleChoice, "Is de inhoud van de nota gedragen?", [new("x", "ja"), new("y", "Nee")]);
        var then = Split(Earlier, ("c1", Side.CbsVb, "ja"));
        var now = Split(renamedIds, ("d1", Side.CbsVb, "y"));

        var items = FollowUpComparison.Compare(then, now)!.Items;

        Assert.Equal(["ja", "Nee"], items.Select(i => i.Label));
        Assert.Equal(new ComparedFigures(100, 0), items[0].Overall);
        Assert.Equal(new ComparedFigures(0, 100), items[1].Overall);
    }

    [Fact]
    public void Compare_ScaleStatements_ComparesTheMeans()
    {
        var scale = Questions.Of(QuestionType.Scale, "vertrouwen", "conflict");
        var then = SideSplit.Compute(scale, [Questions.Answer("p1", AnswerContent.Numbers(new Dictionary<string, int> { ["vertrouwen"] = 2, ["conflict"] = 3 }))], 3);
        var now = SideSplit.Compute(scale, [Questions.Answer("p2", AnswerContent.Numbers(new Dictionary<string, int> { ["vertrouwen"] = 4, ["conflict"] = 3 }))], 3);

        var comparison = FollowUpComparison.Compare(then, now)!;

        Assert.Equal(ComparedMeasure.Mean, comparison.Measure);
        Assert.Equal(new ComparedFigures(2, 4), comparison.Items[0].Overall);
    }

    [Fact]
    public void Compare_WordCloud_HasNoFiguresToLineUp()
    {
        var cloud = Questions.Of(QuestionType.WordCloud);
        var result = SideSplit.Compute(cloud, [Questions.Answer("p1", AnswerContent.Words("vertrouwen"))], 3);

        Assert.Null(FollowUpComparison.Compare(result, result));
    }

    private static SplitResult Split(Question question, params (string Participant, Side Side, string Option)[] answers) =>
        SideSplit.Compute(
            question,
            [.. answers.Select(a => TestData.Answer(a.Participant, a.Option, question: question.Id, side: a.Side))],
            3);
}
