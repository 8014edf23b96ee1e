using System.Globalization;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class ChoiceBarsTests
{
    [Fact]
    public async Task ChoiceBars_ShowCountAndShareOfRespondents()
    {
        CultureInfo.CurrentCulture = new("nl-BE");
        await using var ctx = TestServices.NewContext();
        var result = Choice(QuestionType.MultipleChoice, 4, ("Wonen", 3), ("Klimaat", 2), ("Mobiliteit", 0));

        var cut = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, result));

        // Several answers each: shares are of the 4 respondents, not of the 5 ticks.
        var rows = cut.FindAll("[data-testid=result-row]").Select(r => Squashed(r.TextContent)).ToList();
        Assert.Equal(["Wonen 3 (75%)", "Klimaat 2 (50%)", "Mobiliteit 0 (0%)"], rows);
    }

    [Fact]
    public async Task ChoiceBars_ForMultipleChoice_SayPercentagesDoNotAddUp()
    {
        await using var ctx = TestServices.NewContext();

        var multiple = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, Choice(QuestionType.MultipleChoice, 2, ("A", 2), ("B", 1))));
        var single = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, Choice(QuestionType.SingleChoice, 2, ("A", 1), ("B", 1))));

        Assert.Equal("meerdere antwoorden mogelijk: percentages tellen niet op tot 100%", multiple.Find("[data-testid=multiple-note]").TextContent);
        Assert.Empty(single.FindAll("[data-testid=multiple-note]"));
    }

    [Fact]
    public async Task ChoiceBars_DrawOneBarPerOption_AsLongAsItsShareOfRespondents()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, Choice(QuestionType.YesNo, 4, ("Ja", 3), ("Nee", 1), ("Weet niet", 0))));

        Assert.Equal([75, 25, 0], cut.FindAll("[data-testid=bar-fill]").Select(WidthOf));
        Assert.Empty(cut.FindAll("svg"));
    }

    [Fact]
    public async Task ChoiceBars_WithLongOptions_KeepEachWholeLabelBesideItsBar()
    {
        await using var ctx = TestServices.NewContext();
        var result = Choice(6, ("Armoedebestrijding", 3), ("Mobiliteit en verkeersveiligheid", 2), ("Wonen", 1));

        var cut = ctx.Render<ChoiceBars>(p => p.Add(c => c.Result, result));

        Assert.Equal(["Armoedebestrijding", "Mobiliteit en verkeersveiligheid", "Wonen"], cut.FindAll(".hbar-label").Select(l => l.TextContent));
        Assert.Empty(cut.FindAll(".choice-letter"));
    }
}
