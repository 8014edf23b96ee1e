using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class ConsentViewTests
{
    private static ConsentLine Line(string id, ConsentRow row) => new(Werkpunt(id, "g1", $"Werkpunt {id}"), row);

    [Fact]
    public async Task ConsentView_ShowsAkkoordBedenkingAndBezwaarPerSide()
    {
        await using var ctx = TestServices.NewContext();
        var row = new ConsentRow("A", new(9, 2, 1), new(4, 0, 0), new(5, 2, 1), null, false);

        var cut = ctx.Render<ConsentView>(p => p.Add(c => c.Lines, [Line("A", row)]));

        var sides = cut.FindAll("[data-testid=consent-side]");
        Assert.Equal(["cbs", "mat"], sides.Select(s => s.GetAttribute("data-side")));
        Assert.Equal("CBS/VB: ✔ 4 ! 0 ✖ 0", Squashed(sides[0].TextContent));
        Assert.Equal("MAT: ✔ 5 ! 2 ✖ 1", Squashed(sides[1].TextContent));
        Assert.Equal("✖ bezwaar: nog niet gedragen", cut.Find("[data-testid=objection]").TextContent);
    }

    [Fact]
    public async Task ConsentView_MarksWhatBothSidesCarry()
    {
        await using var ctx = TestServices.NewContext();
        var lines = new[]
        {
            Line("A", new ConsentRow("A", new(8, 1, 0), new(3, 0, 0), new(5, 1, 0), null, true)),
            Line("B", new ConsentRow("B", new(6, 3, 0), new(0, 3, 0), new(6, 0, 0), null, false)),
        };

        var cut = ctx.Render<ConsentView>(p => p.Add(c => c.Lines, lines));

        var rows = cut.FindAll("[data-testid=consent-row]");
        Assert.Equal("door beide kanten gedragen", rows[0].QuerySelector("[data-testid=carried]")!.TextContent.Trim());
        Assert.Null(rows[1].QuerySelector("[data-testid=carried]"));
    }

    [Fact]
    public async Task ConsentView_WhenASideIsTooSmall_ShowsOnlyTotalsAndWhy()
    {
        await using var ctx = TestServices.NewContext();
        var row = new ConsentRow("A", new(7, 1, 0), null, null, null, false);

        var cut = ctx.Render<ConsentView>(p => p.Add(c => c.Lines, [Line("A", row)]).Add(c => c.MinimumPerSide, 3));

        var overall = cut.Find("[data-testid=consent-overall]");
        Assert.Equal("samen", overall.QuerySelector(".consent-cell-name")!.TextContent);
        Assert.Equal(["✔ 7", "! 1", "✖ 0"], overall.QuerySelectorAll(".consent-count").Select(c => Squashed(c.TextContent)));
        Assert.Empty(cut.FindAll("[data-testid=consent-side]"));
        Assert.StartsWith("Geen opsplitsing per kant: een kant heeft minder dan 3 stemmen", cut.Find("[data-testid=consent-split-notice]").TextContent, StringComparison.Ordinal);
    }
}
