using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// The whole default day with six phones, as a facilitator rehearses it: the console and the screen in every state,
/// each kind of state checked by axe-core once (0 critical, 0 serious) and for the framework's English messages.
/// </summary>
public sealed class DefaultDayTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task DefaultDay_WalkedToTheEnd_IsAccessible_AndNeverShowsAnEnglishFrameworkMessage()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = (await app.Services.GetRequiredService<PreparationService>()
            .CreateFromTemplateAsync("beleidsdag", "Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28), null)).Workshop!;
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        await using var room = await Room.JoinAsync(app.BaseUrl, workshop.JoinCode, cbsVb: 3, mat: 3);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var login = await browser.NewPageAsync();
        await login.GotoAsync(new Uri(app.BaseUrl, "/login").ToString());
        var violations = new List<string>(await Accessibility.SeriousAsync(login, "login"));
        var checkedKinds = new HashSet<string>(StringComparer.Ordinal);
        var console = await Cockpit.OpenAsync(browser, app, workshop.Id);
        var screen = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await screen.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
        var found = new List<string>();

        async Task CheckAsync(string step)
        {
            var view = await facilitator.InvokeAsync<ScreenView>("GetScreen", workshop.Id);
            await Expect(console.GetByTestId("screen-state")).ToHaveTextAsync(ScreenStateWord.Of(view));
            await OnScreen(screen, view).First.WaitForAsync();
            foreach (var (page, name) in new[] { (console, "console"), (screen, "screen") })
            {
                found.AddRange((await FrameworkEnglish.FoundAsync(page)).Select(word => $"{step}, {name}: “{word}”"));
            }

            // Each kind of state once (axe takes a second or more per page on two busy cores): the screen per kind of
            // result drawing, the console per kind of item (its result panels are the screen's components).
            var kind = $"{ScreenStateWord.Of(view)} {view.Current?.Kind}";
            var drawing = view.Current?.Revealed == true ? $"{kind} {Family(view.Current.Question?.Type)}" : kind;
            var checks = new List<Task<IReadOnlyList<string>>>();
            if (checkedKinds.Add("console " + kind))
            {
                checks.Add(Accessibility.SeriousAsync(console, $"console · {kind} ({step})"));
            }

            if (checkedKinds.Add("screen " + drawing))
            {
                checks.Add(Accessibility.SeriousAsync(screen, $"screen · {drawing} ({step})"));
            }

            violations.AddRange((await Task.WhenAll(checks)).SelectMany(c => c));
        }

        await CheckAsync("lobby");
        var step = 0;
        LiveStateView? before = null;
        while (true)
        {
            var after = await facilitator.ForwardAsync(workshop.Id);
            if (before is not null && after.CurrentIndex == before.CurrentIndex && after.Questions.SequenceEqual(before.Questions) && after.Exercises.SequenceEqual(before.Exercises))
            {
                break;
            }

            before = after;
            var item = agenda[after.CurrentIndex];
            var name = $"{++step}: {after.CurrentIndex + 1}. {item.Kind}";
            if (item.Question is { } question && after.Questions[question.Id] is { Phase: QuestionPhase.Open, Revealed: false })
            {
                await room.AnswerAsync(question);
                if (question.Type == QuestionType.OpenText)
                {
                    foreach (var answer in await facilitator.GetOpenAnswersAsync(workshop.Id, question.Id))
                    {
                        await facilitator.ModerateAsync(workshop.Id, question.Id, answer.ParticipantId, ModerationStatus.Approved);
                    }
                }
            }
            else if (item.Kind == ActivityKind.GroupExercise && after.Exercises.GetValueOrDefault(item.ActivityId)?.Plenary != true)
            {
                await facilitator.InvokeAsync<object?>("StartTimer", workshop.Id, 25);
                await facilitator.InvokeAsync<bool>("AssignEveryone", workshop.Id, item.ActivityId);
                await room.WriteWerkpuntenAsync(item.ActivityId);
            }
            else if (item.Kind is ActivityKind.Prioritisation or ActivityKind.ConsentRound && after.Questions.GetValueOrDefault(item.ActivityId)?.Revealed != true)
            {
                await room.VoteAsync((await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[after.CurrentIndex], await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id));
            }

            await CheckAsync(name);
            if (item.Question is not null && after.Questions[item.Question.Id].Revealed && item.Question.Type == QuestionType.Scale)
            {
                // Once per kind of view: the split by side, the gaps, a blank screen.
                await facilitator.SplitBySideAsync(workshop.Id);
                await CheckAsync(name + " per kant");
                await facilitator.InvokeAsync<object?>("ShowGaps", workshop.Id, true);
                await CheckAsync(name + " verschillen");
                await facilitator.InvokeAsync<object?>("ShowGaps", workshop.Id, false);
                await facilitator.InvokeAsync<object?>("Blank", workshop.Id, true);
                await CheckAsync(name + " zwart");
                await facilitator.InvokeAsync<object?>("Blank", workshop.Id, false);
            }
        }

        Assert.Equal(agenda.Count - 1, before!.CurrentIndex);
        // The day ends on its closing slide: what happens next, and the werkpunten both sides carried, with their score.
        await Expect(screen.GetByTestId("info-title")).ToHaveTextAsync("Bedankt!");
        Assert.NotEqual(0, await screen.GetByTestId("recap-line").CountAsync());
        await Expect(screen.GetByTestId("recap-score").First).ToContainTextAsync("score");
        await Expect(screen.GetByTestId("recap-consent").First).ToBeVisibleAsync();
        Assert.True(found.Count == 0, string.Join("\n", found));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Results drawn alike are checked once: the choice types share their bars, ranking and points theirs.</summary>
    private static string? Family(QuestionType? type) => type switch
    {
        QuestionType.SingleChoice or QuestionType.YesNo or QuestionType.MultipleChoice => "keuze",
        QuestionType.Ranking or QuestionType.Points => "balken",
        _ => type?.ToString(),
    };

    /// <summary>What the screen shows for this view, to wait for after a step.</summary>
    private static ILocator OnScreen(IPage screen, ScreenView view) => view switch
    {
        { Blanked: true } => screen.GetByTestId("blank"),
        { Gaps: not null } => screen.GetByTestId("gap-list"),
        { Current: null } => screen.GetByTestId("join-code"),
        { Current.Kind: ActivityKind.Info } => screen.GetByTestId("info-title").GetByText(view.Current.Title!, new() { Exact = true }),
        { Current.Question: { } question } => screen.GetByTestId("question-text").GetByText(question.Text, new() { Exact = true }),
        { Exercise.Exercise.Plenary: true } => screen.GetByTestId("plenary-progress").GetByText($"Groep {view.Exercise.Exercise.PlenaryGroup + 1} ", new() { Exact = false }),
        { Current.Kind: ActivityKind.GroupExercise } => screen.GetByTestId("group-tile"),
        { Current.Kind: ActivityKind.Delegations } => screen.GetByTestId("delegations-slide"),
        { Current.Kind: ActivityKind.Evaluation } => screen.GetByTestId("evaluation-slide"),
        { Priorities: not null } => screen.GetByTestId("priorities"),
        { Consent: not null } => screen.GetByTestId("consent"),
        _ => screen.GetByTestId("vote-waiting"),
    };

    public void Dispose() => _data.Dispose();
}
