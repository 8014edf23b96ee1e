using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Live;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// Two phones at one group table, in Chromium: the group's own QR link, a shared list, a chapter and a role picked on
/// the form, a reload mid-sentence, dots.
/// </summary>
public sealed class GroupExerciseJourneyTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task GroupMembers_SeeEachOthersWerkpunten_AndAHalfTypedFormSurvivesAReload()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var detail = await facilitator.GetWorkshopAsync(workshop.Id);
        var exercise = detail.Agenda[0].Exercise!;
        var group = exercise.Groups[2];
        await facilitator.InvokeAsync<Beleidsdag.Web.Features.Facilitate.LiveStateView>("StartTimer", workshop.Id, 25);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var groupLink = $"{Browser.JoinLink(app.BaseUrl, workshop.JoinCode)}?groep={group.Id}";

        async Task<IPage> PhoneAsync(string side)
        {
            var page = await browser.NewPageAsync(Browser.PhonePage());
            await page.GotoAsync(groupLink);
            await page.GetByTestId($"side-{side}").ClickAsync();
            await page.GetByTestId("my-group").Filter(new() { HasText = group.Name }).WaitForAsync();
            return page;
        }

        var an = await PhoneAsync("cbs");
        var bart = await PhoneAsync("mat");
        await an.GetByTestId("timer").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("2[45]:") }).WaitForAsync();

        await an.GetByTestId("add-werkpunt").ClickAsync();
        await an.GetByTestId("wp-text").FillAsync("Tijdsinspanning van de diensten wordt onderschat");
        await an.GetByTestId("wp-oplossing-0").FillAsync("Bij elk voorstel een raming van de tijd door het MAT");
        // An puts it in another chapter than her group's and names a role from the list, with a termijn.
        var groupChapter = await an.GetByTestId("wp-chapter").InputValueAsync();
        var otherChapter = groupChapter == "communicatie" ? "delegaties" : "communicatie";
        await an.GetByTestId("wp-chapter").SelectOptionAsync(otherChapter);
        await an.GetByTestId("wp-owner-rol").ClickAsync();
        await an.GetByTestId("wp-role").FillAsync("Algemeen directeur");
        await an.GetByTestId("wp-term").FillAsync("Q1 2027");
        await an.GetByTestId("wp-save").ClickAsync();
        var anCard = bart.GetByTestId("werkpunten").GetByRole(AriaRole.Button).Filter(new() { HasText = "Tijdsinspanning van de diensten wordt onderschat" });
        await anCard.Filter(new() { HasText = "Wie: Algemeen directeur" }).Filter(new() { HasText = "tegen 31/03/2027" }).WaitForAsync();
        Assert.Contains("Hoofdstuk: ", await anCard.GetByTestId("wp-chapter-note").InnerTextAsync(), StringComparison.Ordinal);

        // Bart starts a second werkpunt, his phone locks (a reload), and his text is still there.
        await bart.GetByTestId("add-werkpunt").ClickAsync();
        await bart.GetByTestId("wp-text").FillAsync("Operationele houding van bestuursleden");
        // The draft is kept in the phone's store as it is typed: wait until it is there, not for a time.
        await bart.WaitForFunctionAsync(
            "text => Object.keys(localStorage).some(k => (localStorage.getItem(k) ?? '').includes(text))",
            "Operationele houding van bestuursleden");
        await bart.GetByTestId("wp-owner-rol").ClickAsync();
        await bart.GetByTestId("wp-role").FillAsync("Dienst financiën");
        await bart.WaitForFunctionAsync(
            "text => Object.keys(localStorage).some(k => (localStorage.getItem(k) ?? '').includes(text))", "Dienst financiën");
        await bart.ReloadAsync();
        Assert.Equal("Operationele houding van bestuursleden", await bart.GetByTestId("wp-text").InputValueAsync());
        Assert.Equal("Dienst financiën", await bart.GetByTestId("wp-role").InputValueAsync());
        Assert.Equal(groupChapter, await bart.GetByTestId("wp-chapter").InputValueAsync());
        await bart.GetByTestId("wp-owner-beide").ClickAsync();
        await bart.GetByTestId("wp-save").ClickAsync();
        await an.GetByText("Operationele houding van bestuursleden").WaitForAsync();

        var werkpunten = await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id);
        Assert.Equal(2, werkpunten.Count);
        Assert.All(werkpunten, w => Assert.Equal(group.Id, w.GroupId));
        var anWerkpunt = werkpunten.Single(w => w.Content.Text.StartsWith("Tijdsinspanning", StringComparison.Ordinal));
        Assert.Equal((otherChapter, "Algemeen directeur", new DateOnly(2027, 3, 31)), (anWerkpunt.Chapter, anWerkpunt.Content.OwnerRole, anWerkpunt.TermDate));
        Assert.Equal(groupChapter, werkpunten.Single(w => w != anWerkpunt).Chapter);

        // Plenary: the screen shows the group's first werkpunt; a phone gives it +1.
        await facilitator.ForwardAsync(workshop.Id);
        await bart.GetByTestId("plenary-item").Filter(new() { HasText = "Tijdsinspanning" }).WaitForAsync();
        await bart.GetByTestId("plus-onscreen").ClickAsync();
        await Eventually.Get(() => facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id).Result.FirstOrDefault(w => w.PlusOnes == 1));

        // Prioritisation: An puts all three dots on one werkpunt.
        await facilitator.InvokeAsync<Beleidsdag.Web.Features.Facilitate.LiveStateView>("GoTo", workshop.Id, 1);
        var first = werkpunten[0].Id;
        for (var i = 0; i < 3; i++)
        {
            await an.GetByTestId($"dot-plus-{first}").ClickAsync();
        }

        await an.GetByTestId("submit").ClickAsync();
        await an.GetByTestId("confirmation").Filter(new() { HasText = "Ontvangen" }).WaitForAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var priorities = (await facilitator.InvokeAsync<ScreenView>("GetScreen", workshop.Id)).Priorities!;
        Assert.Equal((first, 3), (priorities.Lines[0].Werkpunt.Id, priorities.Lines[0].Row.Total));
    }

    public void Dispose() => _data.Dispose();
}
