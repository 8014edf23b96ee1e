using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Features.Present;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Templates;

public sealed class FollowUpTests : IDisposable
{
    private const string Question = "afsprakennota-actueel";
    private readonly TempFolder _data = new();

    [Fact]
    public async Task FollowUp_QuestionWithTheSameId_IsShownNextToTheEarlierResultPerSide()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var prepare = app.Services.GetRequiredService<PreparationService>();

        var earlier = (await prepare.CreateFromTemplateAsync("beleidsdag", "Beleidsdag 2023", "Zottegem", new DateOnly(2023, 3, 14), null)).Workshop!;
        await AnswerAndRevealAsync(app, facilitator, earlier, ("cbs", "Nee"), ("cbs", "Nee"), ("cbs", "Nee"), ("mat", "Ja"), ("mat", "Ja"), ("mat", "Ja"));
        var now = (await prepare.CreateFromTemplateAsync("beleidsdag", "Beleidsdag 2026", "Zottegem", new DateOnly(2026, 11, 28), earlier.Id)).Workshop!;
        await AnswerAndRevealAsync(app, facilitator, now, ("cbs", "Ja"), ("cbs", "Ja"), ("cbs", "Ja"), ("mat", "Ja"), ("mat", "Ja"), ("mat", "Ja"));

        var screens = app.Services.GetRequiredService<ScreenService>();
        var comparison = screens.Earlier(now.ScreenKey, screens.View(now.ScreenKey)!)!;
        Assert.Equal("Beleidsdag 2023", comparison.Title);
        var ja = comparison.Comparison!.Items.Single(i => i.Label == "Ja");
        Assert.Equal(new ComparedFigures(50, 100), ja.Overall);
        Assert.Equal(new ComparedFigures(0, 100), ja.CbsVb);
        Assert.Equal(new ComparedFigures(100, 100), ja.Mat);

        // The projector's page (server-rendered first) shows the comparison; the earlier workshop's own screen does not.
        using var client = new HttpClient { BaseAddress = app.BaseUrl };
        Assert.Contains("data-testid=\"follow-up-table\"", await client.GetStringAsync(new Uri($"/s/{now.ScreenKey}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"follow-up\"", await client.GetStringAsync(new Uri($"/s/{earlier.ScreenKey}", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task AnswerAndRevealAsync(BeleidsdagApp app, Facilitator facilitator, WorkshopSummary workshop, params (string Side, string Option)[] answers)
    {
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var index = agenda.ToList().FindIndex(a => a.Question?.Id == Question);
        await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
        await facilitator.OpenAsync(workshop.Id);
        foreach (var (side, option) in answers)
        {
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, side);
            Assert.True((await phone.AnswerAsync(Question, agenda[index].Question!.Options.Single(o => o.Label == option).Id)).Ok);
        }

        await facilitator.RevealAsync(workshop.Id);
    }

    public void Dispose() => _data.Dispose();
}
