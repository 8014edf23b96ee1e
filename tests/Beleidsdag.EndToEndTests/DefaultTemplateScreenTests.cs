using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Prepare;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>Every info slide of the default program fits on a 1920×1080 projector, clear of the join corner.</summary>
public sealed class DefaultTemplateScreenTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task DefaultTemplate_EveryInfoSlide_FitsOnTheProjector()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = (await app.Services.GetRequiredService<PreparationService>()
            .CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28), null)).Workshop!;
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var screen = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await screen.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());

        var slides = agenda.Select((item, index) => (item, index)).Where(a => a.item.Kind == Beleidsdag.Domain.Workshops.ActivityKind.Info).ToList();
        Assert.NotEmpty(slides);
        foreach (var (item, index) in slides)
        {
            await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
            await Assertions.Expect(screen.GetByTestId("info-title")).ToHaveTextAsync(item.Title!);
            var corner = await screen.Locator(".join-corner").BoundingBoxAsync();
            foreach (var paragraph in await screen.Locator(".screen-info-body").AllAsync())
            {
                var box = (await paragraph.BoundingBoxAsync())!;
                Assert.True(box.Y + box.Height <= 1080, $"“{item.Title}” runs off the bottom of the screen ({box.Y + box.Height:F0} px).");
                Assert.True(corner is null || box.X + box.Width <= corner.X, $"“{item.Title}” runs under the join corner.");
            }
        }
    }

    public void Dispose() => _data.Dispose();
}
