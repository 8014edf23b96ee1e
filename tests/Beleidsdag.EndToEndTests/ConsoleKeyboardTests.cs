using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.EndToEndTests;

/// <summary>The facilitator drives the room from the console with a presentation clicker's keys.</summary>
public sealed class ConsoleKeyboardTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task ClickerKeys_OpenRevealAdvanceAndBlank()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Beschikt u over een geactualiseerde afsprakennota?", ["Ja", "Nee", "Weet niet"]),
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee", "Weet niet"]));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var console = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });

        await console.GotoAsync(new Uri(app.BaseUrl, $"/workshops/{workshop.Id}").ToString());
        await console.FillAsync("#password", BeleidsdagApp.Password);
        await console.ClickAsync("button[type=submit]");
        await console.GetByTestId("console-join-code").WaitForAsync();
        // The key listener is attached once the interactive circuit is up.
        await console.Locator("body[data-keys=on]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        await console.Keyboard.PressAsync("PageDown");
        await WaitFor(async () => (await facilitator.GetWorkshopAsync(workshop.Id)) is { CurrentIndex: 0 } d && d.Agenda[0].Phase == QuestionPhase.Open);

        await console.Keyboard.PressAsync("Space");
        await WaitFor(async () => (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Revealed);

        await console.Keyboard.PressAsync("ArrowRight");
        await WaitFor(async () => (await facilitator.GetWorkshopAsync(workshop.Id)) is { CurrentIndex: 1 } d
            && d.Agenda[0].Phase == QuestionPhase.Closed && d.Agenda[1].Phase == QuestionPhase.Open);

        await console.Keyboard.PressAsync("PageUp");
        await WaitFor(async () => (await facilitator.GetWorkshopAsync(workshop.Id)).CurrentIndex == 0);

        // The room saw these results: reopening asks first (docs/rules.md, "Figures that have left the app").
        await console.Keyboard.PressAsync("o");
        await console.GetByText("Opnieuw openen?").WaitForAsync();
        await console.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Annuleren", Exact = true }).ClickAsync();
        // The cancelled dialog fades out: a key pressed before it is gone goes to it, and its button is not the new one's.
        await console.GetByText("Opnieuw openen?").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        Assert.Equal(QuestionPhase.Closed, (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Phase);
        await console.Keyboard.PressAsync("o");
        await console.GetByText("Opnieuw openen?").WaitForAsync();
        await console.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Heropenen", Exact = true }).ClickAsync();
        await WaitFor(async () => (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Phase == QuestionPhase.Open);
        await console.Keyboard.PressAsync("b");
        await WaitFor(async () => (await facilitator.InvokeAsync<Beleidsdag.Web.Live.ScreenView>("GetScreen", workshop.Id)).Blanked);
        var screen = await browser.NewPageAsync();
        await screen.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
        await screen.GetByTestId("blank").WaitForAsync();
    }

    [Fact]
    public async Task ClickerKeys_InTheScreenOpenedFromTheConsole_MoveTheRoom_WhileTheBareScreenLinkStaysReadOnly()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Beschikt u over een geactualiseerde afsprakennota?", ["Ja", "Nee", "Weet niet"]));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var screenUrl = new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString();

        // The bare link on the projector: no login, so its keys do nothing.
        var bare = await browser.NewPageAsync();
        await bare.GotoAsync(screenUrl);
        await bare.GetByTestId("join-code").WaitForAsync();
        await bare.Locator("html[data-circuit=up]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        Assert.Equal(0, await bare.Locator("body[data-keys=on]").CountAsync());
        await bare.Keyboard.PressAsync("ArrowRight");

        // The facilitator opens the screen from the logged-in console and clicks into it: the clicker still works.
        var console = await Cockpit.OpenAsync(browser, app, workshop.Id);
        var screen = await console.Context.NewPageAsync();
        await screen.GotoAsync(screenUrl);
        await screen.Locator("body[data-keys=on]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await screen.Keyboard.PressAsync("PageDown");
        await screen.GetByTestId("question-text").WaitForAsync();
        await screen.Keyboard.PressAsync("b");
        await screen.GetByTestId("blank").WaitForAsync();

        // One step, from the screen opened from the console; the bare link's → moved nothing.
        var detail = await facilitator.GetWorkshopAsync(workshop.Id);
        Assert.Equal(0, detail.CurrentIndex);
        Assert.Equal(QuestionPhase.Open, detail.Agenda[0].Phase);
        Assert.False(detail.Agenda[0].Revealed);
        await bare.GetByTestId("blank").WaitForAsync();
    }

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The room did not move as the key asked.");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => _data.Dispose();
}
