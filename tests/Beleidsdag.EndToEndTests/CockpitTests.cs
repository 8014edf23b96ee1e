using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Beleidsdag.EndToEndTests;

/// <summary>The console as a presenter view on the facilitator's laptop (1366×768): controls pinned, the room's screen in view.</summary>
public sealed class CockpitTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Cockpit_At1366x768_KeepsTheControlsTheGroupsAndWhatTheRoomSeesInView()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var statements = Enumerable.Range(1, Limits.MaxOptions).Select(i => $"Stelling {i}: we kennen en erkennen elkaars verantwoordelijkheden, taken en rollen in de beleidscyclus.").ToList();
        var result = await facilitator.TryCreateWorkshopAsync(new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
        [
            new QuestionDraft("Hoe duidelijk zijn de rollen en verwachtingen vandaag?", statements) { Type = QuestionType.Scale },
            new QuestionDraft("Welk werkpunt in de communicatie wil jij als eerste aangepakt zien?", []) { Type = QuestionType.OpenText },
        ]) { GroupWork = GroupWorkDraft.Beleidscyclus() });
        var workshop = result.Workshop!;
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var openText = agenda[1].Question!;

        // Twelve open answers wait for moderation: the longest page of the day.
        await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, 1);
        for (var i = 0; i < 12; i++)
        {
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            await phone.JoinAsync(workshop.JoinCode);
            await phone.ChooseSideAsync(i % 2 == 0 ? "cbs" : "mat");
            var ack = await phone.SubmitAsync(openText.Id, AnswerContent.Text($"Antwoord {i + 1}: meer structureel overleg tussen schepenen en diensthoofden, met een vaste agenda."));
            Assert.True(ack.Ok, ack.Message);
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, 0);
        var console = await Cockpit.OpenAsync(browser, app, workshop.Id);
        var forward = console.GetByTestId("control-forward");

        // The room's state in one word, what Verder will do, and the screen itself in miniature.
        await Expect(console.GetByTestId("screen-state")).ToHaveTextAsync("open");
        await Expect(console.GetByTestId("forward-preview")).ToContainTextAsync("Toont de resultaten en sluit de stemming.");
        await Expect(console.GetByTestId("next-item")).ToContainTextAsync("2. Welk werkpunt in de communicatie");
        var miniature = console.FrameLocator("[data-testid=screen-miniature] iframe");
        await Expect(miniature.GetByTestId("question-text")).ToHaveTextAsync("Hoe duidelijk zijn de rollen en verwachtingen vandaag?");
        await forward.ClickAsync();
        await Expect(console.GetByTestId("screen-state")).ToHaveTextAsync("resultaten getoond");
        await Expect(console.GetByTestId("forward-preview")).ToContainTextAsync("Gaat naar onderdeel 2.");
        await console.GetByTestId("control-split").ClickAsync();
        await Expect(console.GetByTestId("screen-state")).ToHaveTextAsync("per kant");
        await console.Keyboard.PressAsync("b");
        await Expect(console.GetByTestId("screen-state")).ToHaveTextAsync("zwart");
        await Expect(miniature.GetByTestId("blank")).ToBeAttachedAsync();
        await console.Keyboard.PressAsync("b");

        // Verder stays in the window on every item, also with the page scrolled to its very end.
        foreach (var (index, what) in new[] { (0, "a scale question with eight statements"), (1, "an open question with twelve answers to moderate"), (2, "the group exercise"), (3, "the prioritisation"), (4, "the consent round") })
        {
            await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
            await Expect(console.GetByTestId("current-item")).ToContainTextAsync(agenda[index].Question?.Text ?? agenda[index].Title!);
            await console.EvaluateAsync("() => window.scrollTo(0, 0)");
            await Cockpit.AssertInViewAsync(console, forward, $"Verder, on {what}");
            await console.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            await Cockpit.AssertInViewAsync(console, forward, $"Verder, on {what} scrolled to the end");
            await console.EvaluateAsync("() => window.scrollTo(0, 0)");
            if (index == 2)
            {
                // The group exercise: its timer, the spreading and every group's progress without scrolling.
                await Cockpit.AssertInViewAsync(console, console.GetByTestId("timer-controls"), "the group timer");
                await Cockpit.AssertInViewAsync(console, console.GetByTestId("assign-everyone"), "Iedereen automatisch verdelen");
                var progress = console.GetByTestId("group-progress");
                Assert.Equal(4, await progress.CountAsync());
                for (var g = 0; g < 4; g++)
                {
                    await Cockpit.AssertInViewAsync(console, progress.Nth(g), $"the progress of group {g + 1}");
                }
            }
        }
    }

    public void Dispose() => _data.Dispose();
}
