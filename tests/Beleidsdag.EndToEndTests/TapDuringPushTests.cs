using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// A push that arrives while a thumb is on a button must not swallow the tap. Right after joining, a phone
/// hears several pushes in quick succession (its own join, a group from the QR code, the facilitator moving on).
/// </summary>
public sealed class TapDuringPushTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task ChoosingASide_StillCounts_WhenTheFacilitatorMovesOnMidTap()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee"]),
            new QuestionDraft("Werd een proces doorlopen ikv opmaak van de nota?", ["Ja", "Nee"]));
        await facilitator.ForwardAsync(workshop.Id);
        var second = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[1].Question!;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));

        // The thumb goes down on "CBS/VB"; the room moves to the next question; the thumb comes up.
        await phone.GetByTestId("side-cbs").HoverAsync();
        await phone.Mouse.DownAsync();
        await facilitator.InvokeAsync<Beleidsdag.Web.Features.Facilitate.LiveStateView>("GoTo", workshop.Id, 1);
        await phone.WaitForFunctionAsync($"() => window.beleidsdag.state().questionId === '{second.Id}'");
        await phone.Mouse.UpAsync();

        await phone.GetByText(second.Text).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("cbs", await phone.EvaluateAsync<string>("() => window.beleidsdag.state().side"));
    }

    public void Dispose() => _data.Dispose();
}
