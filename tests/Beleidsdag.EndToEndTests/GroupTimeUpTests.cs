using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.EndToEndTests;

/// <summary>The red "De tijd is om" of the group work belongs to the group work: the plenary feedback starts without it.</summary>
public sealed class GroupTimeUpTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task TimeUpBanner_Clears_WhenThePlenaryStarts()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path, b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var group = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!.Groups[0];
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync($"{Browser.JoinLink(app.BaseUrl, workshop.JoinCode)}?groep={group.Id}");
        await phone.GetByTestId("side-cbs").ClickAsync();
        await phone.GetByTestId("my-group").Filter(new() { HasText = group.Name }).WaitForAsync();
        await facilitator.InvokeAsync<LiveStateView>("StartTimer", workshop.Id, 1);
        await phone.GetByTestId("timer").Filter(new() { HasText = "Nog" }).WaitForAsync();

        await phone.GetByTestId("add-werkpunt").ClickAsync();
        await phone.GetByTestId("wp-text").FillAsync("Tijdsinspanning van de diensten wordt onderschat");
        await phone.GetByTestId("wp-save").ClickAsync();
        await phone.GetByText("Tijdsinspanning van de diensten wordt onderschat").WaitForAsync();

        // The server's clock runs the countdown (the phone counts from the server's time): a minute on, the phone comes back.
        _clock.Advance(TimeSpan.FromSeconds(65));
        await phone.ReloadAsync();
        await phone.GetByTestId("time-up").Filter(new() { HasText = "De tijd is om" }).WaitForAsync();

        await facilitator.ForwardAsync(workshop.Id);
        await phone.GetByTestId("plenary").Filter(new() { HasText = "Terugkoppeling" }).WaitForAsync();
        Assert.Equal(string.Empty, (await phone.GetByTestId("time-up").TextContentAsync())?.Trim());
        Assert.Equal(0, await phone.Locator(".gw-head.is-up").CountAsync());
        Assert.DoesNotContain("De tijd is om", await phone.Locator("main").InnerTextAsync());
    }

    public void Dispose() => _data.Dispose();
}
