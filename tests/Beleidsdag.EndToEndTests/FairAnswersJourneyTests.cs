using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.EndToEndTests;

/// <summary>docs/rules.md: a ranking is only an answer once it was moved or confirmed; "Geen van deze" stands alone.</summary>
public sealed class FairAnswersJourneyTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Ranking_StartsInEachPhonesOwnOrder_AndCountsOnlyOnceConfirmed()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Rangschik de voorwaarden", ["Waarden", "Rollen", "Communicatie", "Werkafspraken", "Teamwerking"]) { Type = QuestionType.Ranking });
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var templateOrder = question.Options.Select(o => o.Id).ToArray();

        var orders = new List<string[]>();
        foreach (var side in new[] { "cbs", "mat" })
        {
            var phone = await browser.NewPageAsync(Browser.PhonePage());
            await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
            await phone.GetByTestId($"side-{side}").ClickAsync();
            await phone.GetByText(question.Text).WaitForAsync();
            var order = await QuestionTypesJourneyTests.RankingOrderAsync(phone);
            orders.Add(order);

            // Untouched, the button asks for a confirmation, and nothing counts yet; a reload shows the same order.
            Assert.Equal("Deze volgorde klopt", await phone.GetByTestId("submit").InnerTextAsync());
            Assert.Equal(orders.Count - 1, (await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall.Respondents);
            await phone.ReloadAsync();
            await phone.GetByText(question.Text).WaitForAsync();
            Assert.Equal(order, await QuestionTypesJourneyTests.RankingOrderAsync(phone));

            await phone.GetByTestId("submit").ClickAsync();
            await phone.GetByTestId("confirmation").Filter(new() { HasText = "Ontvangen" }).WaitForAsync();
        }

        // Two phones showing the template's own order by chance: 1 in 14,400.
        Assert.Contains(orders, o => !o.SequenceEqual(templateOrder));
        var result = (RankingResult)(await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall;
        Assert.Equal(2, result.Respondents);
        foreach (var item in result.Items)
        {
            Assert.Equal(orders.Average(o => Array.IndexOf(o, item.OptionId) + 1.0), item.AverageRank);
        }
    }

    [Fact]
    public async Task ExclusiveOption_TappedAfterOthers_UnticksThem_AndCountsAlone()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Wat loopt goed?", ["Overleg", "Planning", "Geen van deze"])
        {
            Type = QuestionType.MultipleChoice,
            MaxChoices = 3,
            ExclusiveLabels = ["Geen van deze"],
        });
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var options = question.Options;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
        await phone.GetByTestId("side-mat").ClickAsync();

        await phone.GetByTestId($"option-{options[0].Id}").ClickAsync();
        await phone.GetByTestId($"option-{options[1].Id}").ClickAsync();
        await phone.GetByTestId($"option-{options[2].Id}").ClickAsync();

        Assert.Equal(["false", "false", "true"], await Task.WhenAll(options.Select(o => phone.GetByTestId($"option-{o.Id}").GetAttributeAsync("aria-pressed")!)));
        Assert.Contains("sluit ze uit", await phone.GetByTestId("form-message").InnerTextAsync(), StringComparison.Ordinal);
        await phone.GetByTestId("submit").ClickAsync();
        await phone.GetByTestId("confirmation").Filter(new() { HasText = "Ontvangen" }).WaitForAsync();
        var tally = (ChoiceResult)(await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall;
        Assert.Equal([0, 0, 1], tally.Counts.Select(c => c.Count));
    }

    public void Dispose() => _data.Dispose();
}
