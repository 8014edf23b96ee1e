using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// The phone page at 320 × 640 and at 390 px zoomed to 200%, with the default program's own texts: the side
/// choice, a 1–10 scale, a ranking, the group board, the werkpunt form, the board with werkpunten and the plenary
/// with +1 on each card (<see cref="PhoneFit"/>).
/// </summary>
public sealed class SmallPhoneTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task EveryScreen_Fits_At320PxAndAt200PercentZoom()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var draft = new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
        [
            new QuestionDraft("Hoe duidelijk zijn de rollen en verwachtingen vandaag?",
                ["We kennen en erkennen elkaars verantwoordelijkheden, taken en rollen.", "Het MAT coördineert als motor de beleidsvoorbereiding, -uitvoering en -evaluatie."])
            {
                Type = QuestionType.Scale, Scale = new ScaleRange(1, 10, "Helemaal niet akkoord", "Helemaal akkoord"),
            },
            new QuestionDraft("Over welke werkafspraken moeten we eerst duidelijke afspraken maken?",
                ["Proces van agendavorming", "Digitaal goedkeuren van agendapunten", "Proces van rapportering en monitoring", "Timings en vergaderhygiëne"])
            {
                Type = QuestionType.Ranking,
            },
        ])
        { GroupWork = GroupWorkDraft.Beleidscyclus() };
        var workshop = (await facilitator.TryCreateWorkshopAsync(draft)).Workshop!;
        var group = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[2].Exercise!.Groups[0];
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var phones = new List<(string Name, IPage Page)>();
        foreach (var (name, options) in new[] { PhoneFit.Small, PhoneFit.Zoomed })
        {
            var page = await browser.NewPageAsync(options);
            await page.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
            await page.GetByTestId("side-cbs").WaitForAsync();
            phones.Add((name, page));
        }

        var problems = new List<string>();
        async Task CheckAsync(string view)
        {
            foreach (var (name, page) in phones)
            {
                await page.EvaluateAsync("() => document.fonts.ready");
                problems.AddRange(await PhoneFit.SettledProblemsAsync(page, $"{view} at {name}"));
                // The page's static "Even laden…" must give way to the first view, not stay above every view.
                if (await page.Locator("#view").GetByText("Even laden…").CountAsync() > 0)
                {
                    problems.Add($"{view} at {name}: \"Even laden…\" stays on the page");
                }

                await PhoneFit.ScreenshotAsync(page, $"{view}-{name}");
            }
        }

        await CheckAsync("side");
        foreach (var (_, page) in phones)
        {
            await page.GetByTestId("side-mat").ClickAsync();
        }

        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 0);
        await facilitator.OpenAsync(workshop.Id);
        await Task.WhenAll(phones.Select(p => p.Page.GetByTestId("submit").WaitForAsync()));
        await CheckAsync("scale");

        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 1);
        await facilitator.OpenAsync(workshop.Id);
        await Task.WhenAll(phones.Select(p => p.Page.Locator("[data-testid^=rank-item-]").First.WaitForAsync()));
        await CheckAsync("ranking");

        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 2);
        foreach (var (_, page) in phones)
        {
            await page.GetByTestId($"group-{group.Id}").ClickAsync();
            await page.GetByTestId("add-werkpunt").WaitForAsync();
        }

        await CheckAsync("board");
        foreach (var (_, page) in phones)
        {
            await page.GetByTestId("add-werkpunt").ClickAsync();
            await page.GetByTestId("wp-text").FillAsync("Tijdsinspanning van de diensten wordt onderschat bij de beleidsvoorbereiding");
            await page.GetByTestId("wp-owner-rol").ClickAsync(); // the role's field, its list and its hint show too
        }

        await CheckAsync("werkpunt-form");
        foreach (var (_, page) in phones)
        {
            await page.GetByTestId("wp-role").FillAsync("algemeen directeur");
            await page.GetByTestId("wp-save").ClickAsync();
            await page.GetByTestId("add-werkpunt").WaitForAsync();
        }

        await CheckAsync("board-with-werkpunten"); // the group's own words, long ones too, on its cards
        await facilitator.ForwardAsync(workshop.Id);
        await Task.WhenAll(phones.Select(p => p.Page.Locator("[data-testid^=plus-]").First.WaitForAsync()));
        await CheckAsync("plenary"); // each card with its +1
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    public void Dispose() => _data.Dispose();
}
