using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Tests.Features.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests.Features.Prepare;

public sealed class WorkshopsPageTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task WorkshopsPage_NoWorkshopsYet_OffersStartEenBeleidsdagFirst()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);

        var cut = ctx.Render<WorkshopsPage>();

        var start = cut.Find("[data-testid=start-beleidsdag]");
        Assert.Contains("Start een beleidsdag", start.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/workshops/nieuw?sjabloon=beleidsdag", start.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Importeer sjabloon", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkshopsPage_BrokenTemplateAtStartUp_ListsItWithFileAndLine()
    {
        Directory.CreateDirectory(_data.Templates);
        File.WriteAllText(Path.Combine(_data.Templates, "kapot.yaml"), "name: Kapot\nagenda:\n  - id: a\n    kind: poll\n");
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);

        var cut = ctx.Render<WorkshopsPage>();

        Assert.Contains("kapot.yaml, regel 4: onbekende soort 'poll'", cut.Find("[data-testid=template-problems]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkshopsPage_WithWorkshops_StillShowsStartEenBeleidsdag()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        await ctx.Services.GetRequiredService<PreparationService>().CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Gent", new DateOnly(2026, 11, 28), null);

        var cut = ctx.Render<WorkshopsPage>();

        Assert.Contains("Gent", cut.Find("table").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=start-beleidsdag]"));
    }

    [Fact]
    public async Task WorkshopsPage_DeletingAWorkshop_AsksOnce_ThenRemovesIt_AndSaysSo()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        await ctx.Services.GetRequiredService<PreparationService>().CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Gent", new DateOnly(2026, 11, 28), null);
        var cut = ctx.Render<WorkshopsPage>();
        Assert.EndsWith(".beleidsdag", cut.Find("[data-testid=workshop-file]").GetAttribute("href"), StringComparison.Ordinal);

        cut.Find("[data-testid=workshop-delete]").Click();
        cut.Find("[data-testid=workshop-delete-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Contains("zijn gewist", cut.Find("[data-testid=workshop-deleted]").TextContent, StringComparison.Ordinal));
        Assert.Empty(ctx.Services.GetRequiredService<PreparationService>().List());
        Assert.Contains("Workshop inlezen", cut.Markup, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
