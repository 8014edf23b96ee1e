using System.Text.Json;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>A phone page, the projector screen and the facilitator, together, in a real browser.</summary>
public sealed class LivePollJourneyTests : IDisposable
{
    private static readonly PageWaitForFunctionOptions Patiently = new() { Timeout = 20_000, PollingInterval = 100 };

    private readonly TempFolder _data = new();

    [Fact]
    public async Task Phone_JoinsAnswersGoesOfflineAndComesBack_ScreenShowsTheRevealedResult()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee", "Weet niet"]),
            new QuestionDraft("Werd een proces doorlopen ikv opmaak van de nota?", ["Ja", "Nee"]));
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // A phone scans the QR code: the join URL, under a LAN-like name.
        var phoneContext = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var sockets = new List<IWebSocketRoute>();
        await phoneContext.RouteWebSocketAsync("**/hubs/participant**", ws =>
        {
            lock (sockets)
            {
                sockets.Add(ws);
            }

            ws.ConnectToServer();
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
        await phone.GetByTestId("side-mat").ClickAsync();
        await phone.GetByTestId($"option-{question.Options[0].Id}").ClickAsync();
        await Expect(phone.GetByTestId("confirmation"), "Ontvangen");
        Assert.Equal([1, 0, 0], (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Counts.Select(c => c.Count));

        // Wi-Fi drops: new connections fail and the open socket is cut. The phone changes its answer.
        await phoneContext.SetOfflineAsync(true);
        foreach (var socket in Snapshot(sockets))
        {
            await socket.CloseAsync();
        }

        await phone.WaitForFunctionAsync("() => !window.beleidsdag.state().connected", null, Patiently);
        await phone.GetByTestId($"option-{question.Options[1].Id}").ClickAsync();
        await phone.WaitForFunctionAsync("() => window.beleidsdag.state().outboxLength === 1", null, Patiently);
        Assert.Equal([1, 0, 0], (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Counts.Select(c => c.Count));

        // Wi-Fi is back: the phone reconnects as the same participant and delivers what waited.
        var participantBefore = await StateAsync(phone, "participantId");
        await phoneContext.SetOfflineAsync(false);
        await phone.WaitForFunctionAsync("() => window.beleidsdag.state().connected && window.beleidsdag.state().outboxLength === 0", null, Patiently);
        Assert.Equal(participantBefore, await StateAsync(phone, "participantId"));
        var tally = await facilitator.GetTallyAsync(workshop.Id, question.Id);
        Assert.Equal(1, tally.Respondents);
        Assert.Equal([0, 1, 0], tally.Counts.Select(c => c.Count));

        // More of the room answers (three of each side in all) before the reveal: revealing closes voting.
        var others = new List<Phone>();
        foreach (var (side, option) in new[] { ("cbs", 0), ("cbs", 0), ("cbs", 1), ("mat", 1), ("mat", 2) })
        {
            var other = await Phone.ConnectAsync(app.BaseUrl);
            await other.JoinAsync(workshop.JoinCode);
            await other.ChooseSideAsync(side);
            await other.AnswerAsync(question.Id, question.Options[option].Id);
            others.Add(other);
        }

        // The projector: results are hidden until the facilitator reveals them.
        var screen = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await screen.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
        await Expect(screen.GetByTestId("answered"), "6 van 6 hebben geantwoord");
        Assert.Equal(0, await screen.GetByTestId("poll-results").CountAsync());
        await facilitator.ForwardAsync(workshop.Id);
        await screen.GetByTestId("poll-results").WaitForAsync();
        var rows = await screen.GetByTestId("result-row").AllInnerTextsAsync();
        Assert.Contains("Nee", rows[1], StringComparison.Ordinal);
        Assert.Contains("3", rows[1], StringComparison.Ordinal);
        Assert.Contains("50%", rows[1], StringComparison.Ordinal);
        await Expect(screen.GetByTestId("answered"), "de stemming is gesloten");
        await SaveScreenshotAsync(screen, "screen-revealed.png");

        // The phone shows the revealed result too, under the question (pushed within a second), and says voting closed.
        var phoneResults = phone.GetByTestId("phone-results");
        await Expect(phoneResults, "50%");
        var phoneRows = await phoneResults.GetByTestId("result-row").AllInnerTextsAsync();
        Assert.Equal(3, phoneRows.Count);
        Assert.Contains("Nee", phoneRows[1], StringComparison.Ordinal);
        Assert.Contains("50% · 3", phoneRows[1], StringComparison.Ordinal);
        Assert.Contains("33% · 2", phoneRows[0], StringComparison.Ordinal);
        Assert.Equal(0, await phone.GetByText("De resultaten staan op het scherm.").CountAsync());
        Assert.DoesNotContain("null", await phoneResults.InnerTextAsync(), StringComparison.Ordinal);
        await Expect(phone.GetByTestId("question-note"), "De stemming is gesloten.");
        Assert.Equal(0, await phone.GetByText("zolang de vraag open is").CountAsync());
        await SaveScreenshotAsync(phone, "phone-answered.png");

        // The facilitator splits by side: CBS/VB and MAT side by side.
        await facilitator.SplitBySideAsync(workshop.Id);
        await Expect(phoneResults, "CBS/VB 3 · MAT 3");
        var splitRows = await phoneResults.GetByTestId("result-row").AllInnerTextsAsync();
        Assert.Contains("CBS/VB", splitRows[0], StringComparison.Ordinal);
        Assert.Contains("67% · 2", splitRows[0], StringComparison.Ordinal);
        Assert.Contains("MAT", splitRows[0], StringComparison.Ordinal);
        await phone.GetByTestId("phone-results").ScrollIntoViewIfNeededAsync();
        await SaveScreenshotAsync(phone, "phone-results-split.png");
        foreach (var other in others)
        {
            await other.DisposeAsync();
        }

        // The phone follows the facilitator to the next question.
        await facilitator.ForwardAsync(workshop.Id);
        await phone.GetByText("Werd een proces doorlopen ikv opmaak van de nota?").WaitForAsync();
    }

    private static List<IWebSocketRoute> Snapshot(List<IWebSocketRoute> sockets)
    {
        lock (sockets)
        {
            return [.. sockets];
        }
    }

    private static async Task<string> StateAsync(IPage page, string field) =>
        (await page.EvaluateAsync<JsonElement>("() => window.beleidsdag.state()")).GetProperty(field).ToString();

    private static async Task Expect(ILocator locator, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (await locator.CountAsync() > 0 && await locator.First.IsVisibleAsync())
            {
                last = await locator.First.InnerTextAsync();
                if (last.Contains(text, StringComparison.Ordinal))
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Expected '{text}', last saw '{last}'.");
    }

    /// <summary>Screenshots land in the test output folder, for a person to look at.</summary>
    private static Task SaveScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name) });

    public void Dispose() => _data.Dispose();
}
