using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Prepare;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>Every info slide of the default program fits an old 1024×768 beamer and a 1920×1080 screen, clear of the join badge.</summary>
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
        var screens = new List<IPage>();
        foreach (var (width, height) in new[] { (1024, 768), (1920, 1080) })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            await page.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
            screens.Add(page);
        }

        var slides = agenda.Select((item, index) => (item, index)).Where(a => a.item.Kind == Beleidsdag.Domain.Workshops.ActivityKind.Info).ToList();
        Assert.NotEmpty(slides);
        var problems = new List<string>();
        foreach (var (item, index) in slides)
        {
            await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
            foreach (var screen in screens)
            {
                await Assertions.Expect(screen.GetByTestId("info-title")).ToHaveTextAsync(item.Title!);
                problems.AddRange(await ScreenCheck.ProblemsOfAsync(screen, $"infodia-{index + 1}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public void Dispose() => _data.Dispose();
}
