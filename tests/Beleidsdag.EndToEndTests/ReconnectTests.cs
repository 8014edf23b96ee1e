using System.Net;
using System.Net.Sockets;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Prepare;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beleidsdag.EndToEndTests;

/// <summary>The server goes down in the middle of the day and comes back (a restart): the screen and the console carry on.</summary>
public sealed class ReconnectTests : IDisposable
{
    private const string Question = "Is de inhoud van de nota gedragen?";
    private readonly TempFolder _data = new();

    [Fact]
    public async Task ServerRestart_ScreenAndConsoleKeepTheirLastContentWithADutchNote_AndReloadThemselvesWhenItIsBack()
    {
        Browser.SkipWhenMissingOutsideCi();
        var port = FreePort();
        var server = await ServerProcess.StartAsync(_data.Path, port);
        try
        {
            WorkshopSummary workshop;
            await using (var facilitator = await Facilitator.LogInAsync(server.BaseUrl))
            {
                workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft(Question, QuestionDraft.YesNoOptions));
                await facilitator.ForwardAsync(workshop.Id);
            }

            var (playwright, browser) = await Browser.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var screen = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
            await screen.GotoAsync(new Uri(server.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
            var console = await Cockpit.OpenAsync(browser, server.BaseUrl, workshop.Id);
            var pages = new[] { screen, console };
            foreach (var page in pages)
            {
                await page.Locator("html[data-circuit=up]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await page.EvaluateAsync("() => { window.sameDocument = true; }");
            }

            server.KillHard();

            await Expect(screen.Locator("#components-reconnect-modal")).ToContainTextAsync("Verbinding met de server verbroken");
            await Expect(console.Locator("#components-reconnect-modal")).ToContainTextAsync("Geen verbinding met de server.");
            // A red banner over the console (MudBlazor paints this element white unless told otherwise).
            Assert.Equal("rgb(160, 0, 0)", await console.Locator("#components-reconnect-modal").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            await Expect(screen.GetByTestId("question-text")).ToHaveTextAsync(Question);
            await Expect(console.GetByTestId("current-item")).ToContainTextAsync(Question);
            foreach (var page in pages)
            {
                // Let Blazor try and fail a few times: its English window would show by now.
                await page.Locator("html[data-circuit=down]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                Assert.Empty(await FrameworkEnglish.FoundAsync(page));
            }

            server = await ServerProcess.StartAsync(_data.Path, port);
            foreach (var page in pages)
            {
                await page.WaitForFunctionAsync("() => window.sameDocument === undefined && document.documentElement.dataset.circuit === 'up'", null, new() { Timeout = 30_000, PollingInterval = 200 });
                await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();
                Assert.Empty(await FrameworkEnglish.FoundAsync(page));
            }

            await Expect(screen.GetByTestId("question-text")).ToHaveTextAsync(Question);
            await Expect(console.GetByTestId("current-item")).ToContainTextAsync(Question);
        }
        finally
        {
            server.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _data.Dispose();
}
