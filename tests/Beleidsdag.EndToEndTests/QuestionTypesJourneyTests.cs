using System.Globalization;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>A phone in Chromium answers one question of every type, the way a participant would tap it.</summary>
public sealed class QuestionTypesJourneyTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Phone_AnswersOneQuestionOfEachType()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Beschikt u over een geactualiseerde afsprakennota?", []) { Type = QuestionType.YesNo },
            new QuestionDraft("Welke bevoegdheden worden gedelegeerd?", ["Personeel", "Financieel", "Handtekening"]) { Type = QuestionType.MultipleChoice, MaxChoices = 2 },
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["De nota is gedragen.", "De nota wordt gebruikt."]) { Type = QuestionType.Scale },
            new QuestionDraft("Hoe werken we samen?", []) { Type = QuestionType.WordCloud },
            new QuestionDraft("Welke waarden dragen we hoog in het vaandel?", []) { Type = QuestionType.OpenText },
            new QuestionDraft("Rangschik", ["Vertrouwen", "Conflict", "Betrokkenheid"]) { Type = QuestionType.Ranking },
            new QuestionDraft("Verdeel 100 punten", ["Waarden", "Rollen"]) { Type = QuestionType.Points });
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await JoinAsCbsVbAsync(browser, app, workshop.JoinCode);

        async Task<QuestionResult> AnswerAsync(int index, Func<IReadOnlyList<OptionViewId>, Task> answer)
        {
            await facilitator.ForwardAsync(workshop.Id);
            if ((await facilitator.GetWorkshopAsync(workshop.Id)).CurrentIndex != index)
            {
                await facilitator.ForwardAsync(workshop.Id);
            }

            var question = agenda[index].Question!;
            await phone.GetByText(question.Text).WaitForAsync();
            await answer([.. question.Options.Select(o => new OptionViewId(o.Id))]);
            await phone.GetByTestId("confirmation").Filter(new() { HasText = "Ontvangen" }).WaitForAsync();
            await facilitator.ForwardAsync(workshop.Id);
            return (await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall;
        }

        var yesNo = (ChoiceResult)await AnswerAsync(0, o => phone.GetByTestId($"option-{o[1].Id}").ClickAsync());
        Assert.Equal([0, 1, 0], yesNo.Counts.Select(c => c.Count));

        var multiple = (ChoiceResult)await AnswerAsync(1, async o =>
        {
            await phone.GetByTestId($"option-{o[0].Id}").ClickAsync();
            await phone.GetByTestId($"option-{o[2].Id}").ClickAsync();
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal([1, 0, 1], multiple.Counts.Select(c => c.Count));

        var scale = (ScaleResult)await AnswerAsync(2, async o =>
        {
            await phone.GetByTestId($"scale-{o[0].Id}-4").ClickAsync();
            await phone.GetByTestId($"scale-{o[1].Id}-2").ClickAsync();
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal([4.0, 2.0], scale.Statements.Select(s => s.Mean!.Value));

        var cloud = (WordCloudResult)await AnswerAsync(3, async _ =>
        {
            await phone.GetByTestId("word-0").FillAsync("Vertrouwen");
            await phone.GetByTestId("word-1").FillAsync("respect");
            await phone.GetByTestId("word-2").FillAsync("open communicatie");
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal(["open communicatie", "respect", "vertrouwen"], cloud.Words.Select(w => w.Word).Order(StringComparer.Ordinal));

        var open = (OpenTextResult)await AnswerAsync(4, async _ =>
        {
            await phone.GetByTestId("open-text").FillAsync("Respect voor elkaars rol");
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal(1, open.Respondents);

        IReadOnlyList<string> shown = [];
        var ranking = (RankingResult)await AnswerAsync(5, async _ =>
        {
            // The phone's own shuffled order: moving the last item up swaps the last two.
            var order = await RankingOrderAsync(phone);
            await phone.GetByTestId($"rank-up-{order[^1]}").ClickAsync();
            shown = [.. order[..^2], order[^1], order[^2]];
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal(shown, ranking.Items.Select(i => i.OptionId));

        var points = (PointsResult)await AnswerAsync(6, async o =>
        {
            await phone.GetByTestId($"points-{o[0].Id}").FillAsync("70");
            await phone.GetByTestId($"points-{o[1].Id}").FillAsync("30");
            await phone.GetByTestId("submit").ClickAsync();
        });
        Assert.Equal([70, 30], points.Items.Select(i => i.Total));
    }

    [Fact]
    public async Task Phone_ARankingOrPointsResultRevealedBeforeAnyoneAnswered_SaysNoAnswers_WithEmptyBars()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Rangschik", ["Vertrouwen", "Conflict"]) { Type = QuestionType.Ranking },
            new QuestionDraft("Verdeel 100 punten", ["Waarden", "Rollen"]) { Type = QuestionType.Points });
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await JoinAsCbsVbAsync(browser, app, workshop.JoinCode);

        foreach (var question in new[] { "Rangschik", "Verdeel 100 punten" })
        {
            await facilitator.ForwardAsync(workshop.Id);
            await phone.GetByText(question).WaitForAsync();
            await facilitator.ForwardAsync(workshop.Id);
            var results = phone.GetByTestId("phone-results");
            await results.GetByTestId("result-row").First.WaitForAsync();

            // The page may put soft hyphens in long words (phone/hyphenate.js): a reader does not see them.
            var figures = await results.GetByTestId("result-figure").AllInnerTextsAsync();
            Assert.Equal(["geen antwoorden", "geen antwoorden"], figures.Select(f => f.Replace("\u00AD", "", StringComparison.Ordinal)));
            var widths = await results.Locator(".results__fill").EvaluateAllAsync<string[]>("fills => fills.map(f => f.style.width)");
            Assert.All(widths, w => Assert.Equal(0, double.Parse(w.TrimEnd('%'), CultureInfo.InvariantCulture)));
            await facilitator.ForwardAsync(workshop.Id);
        }
    }

    /// <summary>A phone in Chromium that scanned the join code and chose CBS/VB.</summary>
    private static async Task<IPage> JoinAsCbsVbAsync(IBrowser browser, BeleidsdagApp app, string joinCode)
    {
        var phone = await browser.NewPageAsync(Browser.PhonePage());
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, joinCode));
        await phone.GetByTestId("side-cbs").ClickAsync();
        return phone;
    }

    private sealed record OptionViewId(string Id);

    /// <summary>The option ids of the ranking on the phone, top first.</summary>
    internal static async Task<string[]> RankingOrderAsync(IPage phone) =>
        [.. (await phone.Locator("[data-testid^=rank-item-]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.testid)"))
            .Select(id => id["rank-item-".Length..])];

    public void Dispose() => _data.Dispose();
}
