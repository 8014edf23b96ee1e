using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>The facilitator adds an info slide in Agenda bewerken; the screen shows it big and the phone says to look up.</summary>
public sealed class AgendaEditingJourneyTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task InfoSlide_AddedInTheConsole_ShowsOnTheScreenAndThePhone()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee", "Weet niet"]));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var console = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });

        await console.GotoAsync(new Uri(app.BaseUrl, $"/workshops/{workshop.Id}/agenda").ToString());
        await console.FillAsync("#password", BeleidsdagApp.Password);
        await console.ClickAsync("button[type=submit]");
        await ClickUntilAsync(console.GetByTestId("add-info"), console.GetByTestId("item-editor"));
        await console.Locator("input[data-testid=info-title], [data-testid=info-title] input").FillAsync("Vijf voorwaarden voor samenwerking");
        await console.Locator("textarea[data-testid=info-body], [data-testid=info-body] textarea").FillAsync(
            "Gedeelde waarden en normen; duidelijke rollen, taken en verwachtingen; gestroomlijnde en open communicatie; gedegen werkafspraken; teamwerking en samenwerkingscultuur.");
        await console.GetByTestId("item-save").ClickAsync();
        await Assertions.Expect(console.GetByTestId("agenda-row")).ToHaveCountAsync(2);
        await console.GetByTestId("move-up").Nth(1).ClickAsync();
        await Assertions.Expect(console.GetByTestId("agenda-row-caption").First).ToHaveTextAsync("Vijf voorwaarden voor samenwerking");
        await Shot(console, "console-agenda.png");

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
        await phone.GetByTestId("side-mat").ClickAsync();
        await facilitator.ForwardAsync(workshop.Id);

        var screen = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await screen.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
        await Assertions.Expect(screen.GetByTestId("info-title")).ToHaveTextAsync("Vijf voorwaarden voor samenwerking");
        await Assertions.Expect(phone.GetByTestId("info-title")).ToHaveTextAsync("Vijf voorwaarden voor samenwerking");
        await Assertions.Expect(phone.Locator("#view")).ToContainTextAsync("Kijk naar het scherm");
        await Shot(screen, "screen-info.png");
        await Shot(phone, "phone-info.png");
    }

    /// <summary>The page is prerendered first: a click before the interactive circuit is up does nothing, so click again.</summary>
    private static async Task ClickUntilAsync(ILocator button, ILocator appears)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await appears.CountAsync() == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The console never became interactive.");
            }

            await button.ClickAsync();
            await Task.Delay(300);
        }
    }

    /// <summary>Set BELEIDSDAG_SHOTS to a folder to keep screenshots of the journey (to look at the projector's type size).</summary>
    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("BELEIDSDAG_SHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
        }
    }

    public void Dispose() => _data.Dispose();
}
