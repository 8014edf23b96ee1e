using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// Twenty phones behind the venue's one Wi-Fi address joined this minute; the twenty-first waits calmly and
/// gets in by itself a minute later, instead of being sent back to the code form.
/// </summary>
public sealed class CrowdedMinuteTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task APhoneOverTheMinutesNewParticipants_WaitsCalmly_AndJoinsByItselfAMinuteLater()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path, b =>
        {
            b.UseSetting("Beleidsdag:NewParticipantsPerMinutePerAddress", new BeleidsdagOptions().NewParticipantsPerMinutePerAddress.ToString(ServiceRegistration.Culture));
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
        });
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        var others = new List<Phone>();
        for (var i = 0; i < 20; i++)
        {
            others.Add(await Phone.ConnectAsync(app.BaseUrl));
            Assert.True((await others[^1].JoinAsync(workshop.JoinCode)).Ok);
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));

        await phone.GetByTestId("join-wait").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("Even geduld", await phone.GetByTestId("join-wait").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await phone.GetByTestId("code-input").CountAsync());
        Assert.Equal(string.Empty, (await phone.GetByTestId("error").InnerTextAsync()).Trim());

        _clock.Advance(TimeSpan.FromMinutes(1));
        // The phone retries with its backoff (at most about 15 s between tries).
        await phone.GetByTestId("side-cbs").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(21, (await facilitator.GetWorkshopAsync(workshop.Id)).Numbers.JoinedParticipants);
        foreach (var other in others)
        {
            await other.DisposeAsync();
        }
    }

    public void Dispose() => _data.Dispose();
}
