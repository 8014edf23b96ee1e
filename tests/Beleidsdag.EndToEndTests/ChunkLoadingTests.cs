using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// The less common question types come as chunks of their own when a question of the type arrives
/// (docs/performance.md, the first screen). On a flaky Wi-Fi a dropped chunk is asked once more at once; dropped
/// again, the phone says so in Dutch and offers to try again, instead of an empty question.
/// </summary>
public sealed class ChunkLoadingTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task AQuestionTypesChunk_DroppedOnce_ShowsItsForm_AndDroppedForGood_SaysSoInDutchUntilTriedAgain()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["De nota is gedragen.", "De nota wordt gebruikt."]) { Type = QuestionType.Scale },
            new QuestionDraft("Rangschik", ["Vertrouwen", "Conflict", "Betrokkenheid"]) { Type = QuestionType.Ranking });
        var statement = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!.Options[0].Id;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        var scaleRequests = 0;
        await phone.RouteAsync("**/participant/scale.js*", route => ++scaleRequests == 1 ? route.AbortAsync() : route.ContinueAsync());
        var rankingDropped = true;
        await phone.RouteAsync("**/participant/ranking.js*", route => rankingDropped ? route.AbortAsync() : route.ContinueAsync());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
        await phone.GetByTestId("side-cbs").ClickAsync();

        await facilitator.ForwardAsync(workshop.Id);
        await phone.GetByTestId($"scale-{statement}-4").ClickAsync();
        Assert.Equal(2, scaleRequests);

        while ((await facilitator.GetWorkshopAsync(workshop.Id)).CurrentIndex != 1)
        {
            await facilitator.ForwardAsync(workshop.Id);
        }

        var failed = phone.GetByTestId("chunk-failed");
        await failed.WaitForAsync();
        Assert.Contains("kon niet laden", await failed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await phone.Locator("[data-testid^=rank-item-]").CountAsync());

        rankingDropped = false;
        await phone.GetByTestId("chunk-retry").ClickAsync();
        await phone.Locator("[data-testid^=rank-item-]").First.WaitForAsync();
        Assert.Equal(0, await failed.CountAsync());
    }

    public void Dispose() => _data.Dispose();
}
