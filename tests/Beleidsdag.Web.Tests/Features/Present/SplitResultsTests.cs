using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class SplitResultsTests
{
    private static Dictionary<Side, int> Counts(int cbsVb, int mat, int anders) =>
        new() { [Side.CbsVb] = cbsVb, [Side.Mat] = mat, [Side.Anders] = anders };

    private static SplitResult ScaleSplit(QuestionResult? anders = null) => new(
        OneToFive(1, 1, 4, 4, 3), SplitStatus.Shown, 3, Counts(6, 7, anders is null ? 0 : 3),
        OneToFive(0, 0, 1, 3, 2), OneToFive(1, 1, 3, 1, 1), anders,
        [new("q-scale", "s-Stelling", "Stelling", 27.4)]);

    [Fact]
    public async Task SplitResults_WhenASideIsTooSmall_ShowOnlyTheOverallResultAndWhy()
    {
        await using var ctx = TestServices.NewContext();
        var split = new SplitResult(OneToFive(1, 2, 1, 2, 1), SplitStatus.TooFewRespondents, 3, Counts(2, 5, 0), null, null, null, []);

        var cut = ctx.Render<SplitResults>(p => p.Add(c => c.Split, split));

        Assert.Equal(split.HiddenReason, cut.Find("[data-testid=split-notice]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=scale-bars]"));
        Assert.Empty(cut.FindAll("[data-testid=side-heading]"));
        Assert.Empty(cut.FindAll("[data-testid=split-column]"));
        Assert.Empty(cut.FindAll("[data-testid=gap-line]"));
        Assert.DoesNotContain("(n = 2)", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SplitResults_ForAScale_DrawEachStatementOnce_WithANamedBarPerSideUnderIt()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<SplitResults>(p => p.Add(c => c.Split, ScaleSplit()));

        Assert.Equal(["CBS/VB (n = 6)", "MAT (n = 7)"], cut.FindAll("[data-testid=side-heading]").Select(h => Squashed(h.TextContent)));
        var statement = Assert.Single(cut.FindAll("[data-testid=scale-statement]"));
        var sides = statement.QuerySelectorAll("[data-testid=scale-side]");
        Assert.Equal(["cbs", "mat"], sides.Select(s => s.GetAttribute("data-side")));
        // CBS/VB: 0,0,1,3,2 → 25/6 = 4,2; MAT: 1,1,3,1,1 → 21/7 = 3,0.
        Assert.Equal(["gem. 4,2", "gem. 3,0"], sides.Select(s => s.QuerySelector("[data-testid=scale-mean]")!.TextContent));
        Assert.Equal("verschil 27", Squashed(statement.QuerySelector("[data-testid=statement-gap]")!.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=split-column]"));
        Assert.Empty(cut.FindAll("[data-testid=split-notice]"));
    }

    [Fact]
    public async Task SplitResults_ForAScale_ShowAndersAsAThirdBar_OnlyWhenThereIsOne()
    {
        await using var ctx = TestServices.NewContext();

        var without = ctx.Render<SplitResults>(p => p.Add(c => c.Split, ScaleSplit()));
        var with = ctx.Render<SplitResults>(p => p.Add(c => c.Split, ScaleSplit(OneToFive(0, 1, 1, 1, 0))));

        Assert.Equal(["cbs", "mat"], without.FindAll("[data-testid=scale-side]").Select(s => s.GetAttribute("data-side")));
        Assert.Equal(["cbs", "mat", "anders"], with.FindAll("[data-testid=scale-side]").Select(s => s.GetAttribute("data-side")));
        Assert.Equal("Anders (n = 3)", Squashed(with.FindAll("[data-testid=side-heading]")[2].TextContent));
    }

    [Fact]
    public async Task SplitResults_ForAWordCloud_ShowTheSidesInLabelledColumns_AndAndersApartBelow()
    {
        await using var ctx = TestServices.NewContext();
        var split = new SplitResult(
            Cloud(("vertrouwen", 5), ("respect", 3)), SplitStatus.Shown, 3, Counts(4, 5, 3),
            Cloud(("vertrouwen", 3)), Cloud(("respect", 3)), Cloud(("overleg", 3)), [new("q-cloud", null, "Vraag", 80)]);

        var cut = ctx.Render<SplitResults>(p => p.Add(c => c.Split, split));

        var columns = cut.FindAll("[data-testid=split-column]");
        Assert.Equal(["cbs", "mat"], columns.Select(c => c.GetAttribute("data-side")));
        Assert.Equal("CBS/VB (n = 4)", Squashed(columns[0].QuerySelector("[data-testid=side-heading]")!.TextContent));
        Assert.Equal(["vertrouwen"], columns[0].QuerySelectorAll("[data-testid=cloud-word]").Select(w => w.TextContent));
        var anders = cut.Find("[data-testid=split-anders]");
        Assert.Equal("Anders (n = 3)", Squashed(anders.QuerySelector("[data-testid=side-heading]")!.TextContent));
        Assert.Null(anders.Closest("[data-testid=split-column]"));
    }

    [Fact]
    public async Task SplitResults_NameTheGapBetweenTheSides()
    {
        await using var ctx = TestServices.NewContext();
        var split = ScaleSplit() with { Gaps = [new("q", null, "Vraag", 34.4)] };

        var cut = ctx.Render<SplitResults>(p => p.Add(c => c.Split, split));

        Assert.StartsWith("Verschil tussen CBS/VB en MAT: 34 op 100", Squashed(cut.Find("[data-testid=gap-line]").TextContent), StringComparison.Ordinal);
        Assert.Equal("0 = beide kanten antwoorden hetzelfde, 100 = helemaal anders", cut.Find("[data-testid=gap-explained]").TextContent);
    }

    [Fact]
    public async Task SplitResults_ForAChoice_DrawANamedBarPerSideUnderEachOption()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var split = new SplitResult(
            Choice(QuestionType.YesNo, 10, ("Ja", 6), ("Nee", 4)), SplitStatus.Shown, 3, Counts(4, 5, 0),
            Choice(QuestionType.YesNo, 4, ("Ja", 3), ("Nee", 1)), Choice(QuestionType.YesNo, 5, ("Ja", 1), ("Nee", 4)), null,
            [new("q-choice", null, "Vraag", 55)]);

        var cut = ctx.Render<SplitResults>(p => p.Add(c => c.Split, split));

        Assert.Equal(["CBS/VB (n = 4)", "MAT (n = 5)"], cut.FindAll("[data-testid=side-heading]").Select(h => Squashed(h.TextContent)));
        var options = cut.FindAll("[data-testid=comparison-option]");
        Assert.Equal(2, options.Count);
        var ja = options[0].QuerySelectorAll("[data-testid=comparison-bar]");
        Assert.Equal(["CBS/VB 75% (3)", "MAT 20% (1)"], ja.Select(b => Squashed(b.TextContent)));
        Assert.Equal([75, 20], ja.Select(b => WidthOf(b.QuerySelector(".side-fill")!)));
        Assert.Equal(["side-cbs", "side-mat"], ja.Select(b => b.ClassList.Single(c => c.StartsWith("side-", StringComparison.Ordinal))));
    }
}
