using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class FollowUpViewTests
{
    private static readonly Dictionary<Side, int> ThreeEach = new() { [Side.CbsVb] = 3, [Side.Mat] = 3 };

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())];

    private static SplitResult Split(ChoiceResult overall, ChoiceResult cbs, ChoiceResult mat) =>
        new(overall, SplitStatus.Shown, 3, ThreeEach, cbs, mat, null, []);

    [Fact]
    public async Task FollowUpView_ChoiceQuestion_ShowsThenAndNowPerOption()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var then = Split(Choice(6, ("Ja", 3), ("Nee", 3)), Choice(3, ("Ja", 0), ("Nee", 3)), Choice(3, ("Ja", 3), ("Nee", 0)));
        var now = Split(Choice(6, ("Ja", 6), ("Nee", 0)), Choice(3, ("Ja", 3), ("Nee", 0)), Choice(3, ("Ja", 3), ("Nee", 0)));
        var earlier = new EarlierResult("Beleidsdag 2023", new DateOnly(2023, 3, 14), then, FollowUpComparison.Compare(then, now));

        var cut = ctx.Render<FollowUpView>(p => p.Add(c => c.Earlier, earlier).Add(c => c.Now, now).Add(c => c.SplitBySide, false));

        Assert.Contains("Beleidsdag 2023 (14/03/2023)", Squashed(cut.Find(".follow-up-caption").TextContent), StringComparison.Ordinal);
        Assert.Equal(["Ja", "50%", "100%"], Cells(cut.FindAll("[data-testid=follow-up-row]")[0]));
    }

    [Fact]
    public async Task FollowUpView_SplitBySide_ShowsEachSideThenAndNow()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var then = Split(Choice(6, ("Ja", 3), ("Nee", 3)), Choice(3, ("Ja", 0), ("Nee", 3)), Choice(3, ("Ja", 3), ("Nee", 0)));
        var now = Split(Choice(6, ("Ja", 6), ("Nee", 0)), Choice(3, ("Ja", 3), ("Nee", 0)), Choice(3, ("Ja", 3), ("Nee", 0)));
        var earlier = new EarlierResult("Beleidsdag 2023", new DateOnly(2023, 3, 14), then, FollowUpComparison.Compare(then, now));

        var cut = ctx.Render<FollowUpView>(p => p.Add(c => c.Earlier, earlier).Add(c => c.Now, now).Add(c => c.SplitBySide, true));

        Assert.Equal(["Ja", "0%", "100%", "100%", "100%"], Cells(cut.FindAll("[data-testid=follow-up-row]")[0]));
        Assert.Contains("CBS/VB toen", cut.Find("thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpView_WordCloud_ShowsBothResultsSideBySide()
    {
        await using var ctx = TestServices.NewContext();
        var then = new SplitResult(Cloud(("vertrouwen", 3)), SplitStatus.Shown, 3, ThreeEach, null, null, null, []);
        var now = new SplitResult(Cloud(("samenwerking", 4)), SplitStatus.Shown, 3, ThreeEach, null, null, null, []);
        var earlier = new EarlierResult("Beleidsdag 2023", new DateOnly(2023, 3, 14), then, null);

        var cut = ctx.Render<FollowUpView>(p => p.Add(c => c.Earlier, earlier).Add(c => c.Now, now).Add(c => c.SplitBySide, false));

        Assert.Empty(cut.FindAll("[data-testid=follow-up-table]"));
        Assert.Contains("vertrouwen", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("samenwerking", cut.Markup, StringComparison.Ordinal);
    }
}
