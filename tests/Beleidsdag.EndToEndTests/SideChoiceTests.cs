using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.EndToEndTests;

/// <summary>The side choice says in one line what anonymity means, with the minimum this server is configured with.</summary>
public sealed class SideChoiceTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SideChoice_SaysAnswersAreAnonymous_WithTheConfiguredMinimumPerSide()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path, b => b.UseSetting("Beleidsdag:MinimumPerSide", "4"));
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Is de inhoud van de nota gedragen?", ["Ja", "Nee"]));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));

        var line = phone.GetByTestId("anonymity");
        await line.WaitForAsync();
        var text = await line.InnerTextAsync();
        Assert.Contains("anoniem", text, StringComparison.Ordinal);
        Assert.Contains("minstens 4", text, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
