using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;

namespace Beleidsdag.Web.Tests.Features.Present;

public class PollResultsTests
{
    private static ChoiceResult Tally(params (string Label, int Count)[] counts) =>
        new("q", QuestionType.SingleChoice, counts.Sum(c => c.Count), [.. counts.Select((c, i) => new OptionCount($"o{i}", c.Label, c.Count))]);

    [Fact]
    public async Task PollResults_ShowsEachOptionWithCountAndDutchPercentage()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PollResults>(p => p.Add(c => c.Tally, Tally(("Ja", 2), ("Nee", 1), ("Weet niet", 0))));

        var rows = cut.FindAll("[data-testid=result-row]").Select(r => r.TextContent.Trim()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Ja", rows[0], StringComparison.Ordinal);
        Assert.Contains("2", rows[0], StringComparison.Ordinal);
        Assert.Contains("67", rows[0], StringComparison.Ordinal);
        Assert.Contains("0", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollResults_DrawsOneBarPerOption()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PollResults>(p => p.Add(c => c.Tally, Tally(("Ja", 5), ("Nee", 3))));

        Assert.Contains("Ja", cut.Find("svg").TextContent, StringComparison.Ordinal);
        Assert.Contains("Nee", cut.Find("svg").TextContent, StringComparison.Ordinal);
    }
}
