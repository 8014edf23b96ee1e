using Beleidsdag.Domain.Groups;
using Beleidsdag.Web.Features.Present.Components;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class PlenaryViewTests
{
    [Fact]
    public async Task PlenaryView_ShowsPlusOnes()
    {
        await using var ctx = TestServices.NewContext();
        var shown = Werkpunt("w1", "g2", "Adviesvraag komt te laat", plusOnes: 7);

        var cut = ctx.Render<PlenaryView>(p => p.Add(c => c.Exercise, Exercise([3, 2, 1, 3], plenary: (1, 0), shown: shown)));

        Assert.Equal("+7", cut.Find("[data-testid=plus-ones]").TextContent);
    }

    [Fact]
    public async Task PlenaryView_WithoutPlusOnes_ShowsNoCount()
    {
        await using var ctx = TestServices.NewContext();
        var shown = Werkpunt("w1", "g2", "Adviesvraag komt te laat");

        var cut = ctx.Render<PlenaryView>(p => p.Add(c => c.Exercise, Exercise([3, 2, 1, 3], plenary: (1, 0), shown: shown)));

        Assert.Empty(cut.FindAll("[data-testid=plus-ones]"));
    }

    [Fact]
    public async Task PlenaryView_SaysWhichGroupAndWerkpuntOfHowMany()
    {
        await using var ctx = TestServices.NewContext();
        var shown = Werkpunt("w1", "g2", "Beslissingen zijn te vaag");

        var cut = ctx.Render<PlenaryView>(p => p.Add(c => c.Exercise, Exercise([3, 3, 1, 3], plenary: (1, 1), shown: shown)));

        Assert.Equal("Groep 2 van 4 · werkpunt 2 van 3", cut.Find("[data-testid=plenary-progress]").TextContent);
        Assert.Contains("Beleidsbeslissing", cut.Find(".plenary-group").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlenaryView_ShowsTheWerkpuntItsOplossingenWhoTakesItUpAndTheTerm()
    {
        await using var ctx = TestServices.NewContext();
        var shown = Werkpunt("w1", "g1", "Adviesvraag komt te laat") with
        {
            Content = new WerkpuntContent("Adviesvraag komt te laat", ["Jaarkalender", "Vast agendapunt"], WerkpuntOwner.Rol, "algemeen directeur", "januari 2027", "intern"),
        };

        var cut = ctx.Render<PlenaryView>(p => p.Add(c => c.Exercise, Exercise([3, 3, 1, 3], plenary: (0, 0), shown: shown)));

        Assert.Equal("Adviesvraag komt te laat", cut.Find("[data-testid=plenary-text]").TextContent);
        Assert.Equal(["Jaarkalender", "Vast agendapunt"], cut.FindAll("[data-testid=plenary-oplossingen] li").Select(li => li.TextContent));
        Assert.Equal("algemeen directeur", cut.Find("[data-testid=plenary-owner]").TextContent);
        Assert.Equal("januari 2027", cut.Find("[data-testid=plenary-term]").TextContent);
    }

    [Fact]
    public async Task PlenaryView_ForAGroupWithoutWerkpunten_SaysSo()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<PlenaryView>(p => p.Add(c => c.Exercise, Exercise([3, 0, 1, 3], plenary: (1, 0))));

        Assert.Equal("Groep 2 van 4 · geen werkpunten", cut.Find("[data-testid=plenary-progress]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=plenary-empty]"));
        Assert.Empty(cut.FindAll("[data-testid=plus-ones]"));
    }
}
