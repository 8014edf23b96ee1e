using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using static Beleidsdag.Domain.Tests.Questions;

namespace Beleidsdag.Domain.Tests.Polls;

/// <summary>The anonymity rule and the gap formulas, with the worked examples of docs/rules.md.</summary>
public class SideSplitTests
{
    private int _participants;

    private Answer By(Side side, AnswerContent content) => Answer($"p{_participants++}", content, side: side);

    private static SplitResult Split(Question question, params Answer[] answers) =>
        SideSplit.Compute(question, answers, minimumPerSide: 3);

    private IEnumerable<Answer> Many(Side side, int count, Func<AnswerContent> content) =>
        Enumerable.Range(0, count).Select(_ => By(side, content())).ToList();

    [Fact]
    public void Split_WhenASideHasTwoRespondents_ShowsNoSplitAtAll()
    {
        var question = Of(QuestionType.SingleChoice, "ja", "nee");
        var answers = Many(Side.CbsVb, 2, () => AnswerContent.Choice("ja")).Concat(Many(Side.Mat, 5, () => AnswerContent.Choice("nee")));

        var split = Split(question, [.. answers]);

        Assert.Equal(SplitStatus.TooFewRespondents, split.Status);
        Assert.Null(split.CbsVb);
        Assert.Null(split.Mat);
        Assert.Empty(split.RespondentsPerSide);
        Assert.Equal(7, split.Overall.Respondents);
    }

    [Fact]
    public void Split_WhenAndersHasTwoRespondents_KeepsTheSplit_AndCountsAndersInNoFigure()
    {
        // docs/rules.md, "Anders": 4 CBS/VB, 5 MAT and 2 anders → the figures count 9, the split stays, "2 antwoorden van anders niet meegeteld".
        var question = Of(QuestionType.SingleChoice, "ja", "nee");
        var answers = Many(Side.CbsVb, 4, () => AnswerContent.Choice("ja")).Concat(Many(Side.Mat, 5, () => AnswerContent.Choice("nee")))
            .Concat(Many(Side.Anders, 2, () => AnswerContent.Choice("ja")));

        var split = Split(question, [.. answers]);

        Assert.Equal(SplitStatus.Shown, split.Status);
        Assert.Equal(9, split.Overall.Respondents);
        Assert.Equal([4, 5], ((ChoiceResult)split.Overall).Counts.Select(c => c.Count));
        Assert.Null(split.Anders);
        Assert.Equal(0, split.RespondentsPerSide[Side.Anders]);
        Assert.Equal("2 antwoorden van anders niet meegeteld", split.UncountedNotice);
    }

    [Fact]
    public void Split_WhenAndersHasThreeRespondents_CountsThemOverallAndApart()
    {
        var question = Of(QuestionType.SingleChoice, "ja", "nee");
        var answers = Many(Side.CbsVb, 3, () => AnswerContent.Choice("ja")).Concat(Many(Side.Mat, 3, () => AnswerContent.Choice("nee")))
            .Concat(Many(Side.Anders, 3, () => AnswerContent.Choice("ja")));

        var split = Split(question, [.. answers]);

        Assert.Equal(9, split.Overall.Respondents);
        Assert.Equal(3, split.Anders!.Respondents);
        Assert.Null(split.UncountedNotice);
    }

    [Fact]
    public void Split_WhenWithheld_ShowsNoSplit_EvenWithEnoughRespondents()
    {
        var question = Of(QuestionType.SingleChoice, "ja", "nee");
        var answers = Many(Side.CbsVb, 3, () => AnswerContent.Choice("ja")).Concat(Many(Side.Mat, 5, () => AnswerContent.Choice("nee")));

        var split = SideSplit.Compute(question, [.. answers], 3, hold: SplitStatus.Withheld);

        Assert.Equal(SplitStatus.Withheld, split.Status);
        Assert.Null(split.CbsVb);
        Assert.Empty(split.RespondentsPerSide);
        Assert.Contains("al getoond", split.HiddenReason, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldFor_AQuestionThatStaysOpen_WaitsForTheCloseBeforeItSplits()
    {
        var question = Of(QuestionType.SingleChoice, "ja", "nee") with { StaysOpenWhileRevealed = true };

        Assert.Equal(SplitStatus.UntilClosed, SideSplit.HoldFor(question, new QuestionState(QuestionPhase.Open, true)));
        Assert.Equal(SplitStatus.Shown, SideSplit.HoldFor(question, new QuestionState(QuestionPhase.Closed, true)));
        Assert.Equal(SplitStatus.Withheld, SideSplit.HoldFor(question, new QuestionState(QuestionPhase.Closed, true) { SplitWithheld = true }));
    }

    [Fact]
    public void Split_OpenAnswerMergedAcrossSides_CountsForTheSideThatWroteIt()
    {
        // docs/rules.md, "Moderation": a MAT duplicate merged into a CBS/VB card counts 1 under CBS/VB and 1 under MAT.
        var question = Of(QuestionType.OpenText);
        var cbs = Many(Side.CbsVb, 3, () => AnswerContent.Text("Meer overleg")).ToList();
        var mat = Many(Side.Mat, 3, () => AnswerContent.Text("meer overleggen")).ToList();
        var moderation = new OpenTextModeration();
        moderation.Apply(new ModerationDecision("q", cbs[0].ParticipantId, cbs[0].Seq, ModerationStatus.Approved, null));
        moderation.Apply(new ModerationDecision("q", mat[0].ParticipantId, mat[0].Seq, ModerationStatus.Merged, cbs[0].ParticipantId));

        var split = SideSplit.Compute(question, [.. cbs, .. mat], 3, moderation);

        Assert.Equal(2, Assert.Single(((OpenTextResult)split.Overall).Cards).Count);
        Assert.Equal(("Meer overleg", 1), Assert.Single(((OpenTextResult)split.CbsVb!).Cards) is var c ? (c.Text, c.Count) : default);
        Assert.Equal(("Meer overleg", 1), Assert.Single(((OpenTextResult)split.Mat!).Cards) is var m ? (m.Text, m.Count) : default);
    }

    [Fact]
    public void Split_WhenASideHasNobody_ShowsTheOtherWithoutAGap()
    {
        var split = Split(Of(QuestionType.SingleChoice, "ja", "nee"), [.. Many(Side.Mat, 4, () => AnswerContent.Choice("nee"))]);

        Assert.Equal(SplitStatus.Shown, split.Status);
        Assert.Null(split.CbsVb);
        Assert.Equal(4, split.Mat!.Respondents);
        Assert.Empty(split.Gaps);
    }

    [Fact]
    public void Gap_SingleChoice_IsHalfTheSumOfShareDifferences()
    {
        // CBS/VB: Ja 3, Nee 1, Weet niet 0 (n=4); MAT: Ja 1, Nee 3, Weet niet 1 (n=5) → ½(0,55+0,35+0,20) = 55
        var question = Of(QuestionType.YesNo, "ja", "nee", "wn");
        var answers = Many(Side.CbsVb, 3, () => AnswerContent.Choice("ja")).Append(By(Side.CbsVb, AnswerContent.Choice("nee")))
            .Append(By(Side.Mat, AnswerContent.Choice("ja"))).Concat(Many(Side.Mat, 3, () => AnswerContent.Choice("nee"))).Append(By(Side.Mat, AnswerContent.Choice("wn")));

        Assert.Equal(55.0, Assert.Single(Split(question, [.. answers]).Gaps).Gap);
    }

    [Fact]
    public void Gap_MultipleChoice_IsTheLargestDifferenceInShareChoosingAnOption()
    {
        // CBS/VB (n=4): A 4, B 2, C 0 → 1,0 0,5 0; MAT (n=5): A 2, B 2, C 1 → 0,4 0,4 0,2 → max(0,6 0,1 0,2) = 60
        var question = Of(QuestionType.MultipleChoice, "a", "b", "c");
        var answers = Many(Side.CbsVb, 2, () => AnswerContent.Choice("a", "b")).Concat(Many(Side.CbsVb, 2, () => AnswerContent.Choice("a")))
            .Concat(Many(Side.Mat, 2, () => AnswerContent.Choice("a"))).Concat(Many(Side.Mat, 2, () => AnswerContent.Choice("b")))
            .Append(By(Side.Mat, AnswerContent.Choice("c")));

        Assert.Equal(60.0, Assert.Single(Split(question, [.. answers]).Gaps).Gap);
    }

    [Fact]
    public void Gap_Scale_IsTheDifferenceInMeansAsAShareOfTheScale_PerStatement()
    {
        // CBS/VB: 4, 5, 4 → 4,33; MAT: 2, 3, 2, 3 → 2,5; |1,83| / (5 − 1) = 45,8
        var question = Of(QuestionType.Scale, "s1");
        var answers = new[] { 4, 5, 4 }.Select(v => By(Side.CbsVb, AnswerContent.Numbers(Values(("s1", v)))))
            .Concat(new[] { 2, 3, 2, 3 }.Select(v => By(Side.Mat, AnswerContent.Numbers(Values(("s1", v))))));

        var gap = Assert.Single(Split(question, [.. answers]).Gaps);

        Assert.Equal(("s1", 45.8), (gap.StatementId, gap.Gap));
    }

    [Fact]
    public void Gap_Ranking_OppositeOrders_Is100()
    {
        // CBS/VB all A > B > C; MAT all C > B > A: Σ|Δ average rank| = 2 + 0 + 2 = 4 = ⌊3²/2⌋ → 100
        var question = Of(QuestionType.Ranking, "a", "b", "c");
        var answers = Many(Side.CbsVb, 3, () => AnswerContent.Choice("a", "b", "c")).Concat(Many(Side.Mat, 3, () => AnswerContent.Choice("c", "b", "a")));

        Assert.Equal(100.0, Assert.Single(Split(question, [.. answers]).Gaps).Gap);
    }

    [Fact]
    public void Gap_Points_IsHalfTheSumOfDifferencesInAveragePoints()
    {
        // CBS/VB average A 70, B 30; MAT average A 40, B 60 → ½(30 + 30) = 30
        var question = Of(QuestionType.Points, "a", "b");
        var answers = Many(Side.CbsVb, 3, () => AnswerContent.Numbers(Values(("a", 70), ("b", 30))))
            .Concat(Many(Side.Mat, 3, () => AnswerContent.Numbers(Values(("a", 40), ("b", 60)))));

        Assert.Equal(30.0, Assert.Single(Split(question, [.. answers]).Gaps).Gap);
    }

    [Fact]
    public void Gap_WordCloud_IsTheTotalVariationOfWordShares()
    {
        // CBS/VB: vertrouwen 3, respect 1; MAT: vertrouwen 1, overleg 3 → ½(0,5 + 0,25 + 0,75) = 75
        var question = Of(QuestionType.WordCloud);
        var answers = new[]
        {
            By(Side.CbsVb, AnswerContent.Words("vertrouwen", "respect")), By(Side.CbsVb, AnswerContent.Words("vertrouwen")), By(Side.CbsVb, AnswerContent.Words("Vertrouwen")),
            By(Side.Mat, AnswerContent.Words("overleg", "vertrouwen")), By(Side.Mat, AnswerContent.Words("overleg")), By(Side.Mat, AnswerContent.Words("Overleg")),
        };

        Assert.Equal(75.0, Assert.Single(Split(question, answers).Gaps).Gap);
    }

    [Fact]
    public void Gap_OpenText_HasNone() =>
        Assert.Empty(Split(Of(QuestionType.OpenText), [.. Many(Side.CbsVb, 3, () => AnswerContent.Text("a")).Concat(Many(Side.Mat, 3, () => AnswerContent.Text("b")))]).Gaps);
}
