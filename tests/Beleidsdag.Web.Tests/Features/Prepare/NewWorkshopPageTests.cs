using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Tests.Features.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests.Features.Prepare;

public sealed class NewWorkshopPageTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task NewWorkshop_DefaultTemplate_OneClickCreatesAWorkshopWithTheTemplatesIds()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        var cut = ctx.Render<NewWorkshopPage>();

        Assert.Equal(ctx.Services.GetRequiredService<TemplateCatalog>().Default!.Agenda.Count, cut.FindAll("[data-testid=template-item]").Count);
        cut.FindAll("input").Single(i => i.ParentElement!.ParentElement!.TextContent.Contains("Gemeente", StringComparison.Ordinal)).Change("Gent");
        await cut.Find("[data-testid=create-workshop]").ClickAsync(new());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Contains("/workshops/", navigation.Uri, StringComparison.Ordinal));
        var id = navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..];
        var workshop = ctx.Services.GetRequiredService<WorkshopRegistry>().FindById(id)!.Workshop;
        var template = ctx.Services.GetRequiredService<TemplateCatalog>().Default!;
        Assert.Equal(template.Agenda.Select(a => a.Id), workshop.Agenda.Select(a => a.Id));
        Assert.Equal("Gent", workshop.Municipality);
        Assert.Equal(template.Title, workshop.Title);
    }

    [Fact]
    public async Task NewWorkshop_WithoutMunicipality_ShowsTheDutchMessage()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        var cut = ctx.Render<NewWorkshopPage>();

        await cut.Find("[data-testid=create-workshop]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("De gemeente is verplicht.", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateFromTemplate_UnknownFollowUp_IsRefused()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        var preparation = ctx.Services.GetRequiredService<PreparationService>();

        var result = await preparation.CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Gent", new DateOnly(2029, 11, 28), "bestaat-niet");

        Assert.False(result.Ok);
        Assert.Contains("De workshop waarvan dit een opvolging is, bestaat niet (meer).", result.Errors);
    }

    [Fact]
    public async Task CreateFromTemplate_FollowUpOfAnEarlierWorkshop_IsStored()
    {
        await using var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        var preparation = ctx.Services.GetRequiredService<PreparationService>();
        var first = await preparation.CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Gent", new DateOnly(2026, 11, 28), null);

        var second = await preparation.CreateFromTemplateAsync("beleidsdag", "Tussentijds", "Gent", new DateOnly(2029, 11, 28), first.Workshop!.Id);

        Assert.True(second.Ok);
        Assert.Equal(first.Workshop.Id, ctx.Services.GetRequiredService<WorkshopRegistry>().FindById(second.Workshop!.Id)!.Workshop.FollowUpOf);
    }

    public void Dispose() => _data.Dispose();
}
