using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.EditAgenda;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// Every kind of slide, filled with the most a template may hold (eight options or statements of the longest
/// label, fifty words, eight groups, the longest werkpunt), on an old 4:3 beamer and on a full-HD screen.
/// </summary>
public sealed class ScreenFitTests : IDisposable
{
    private const string Sentence = "de samenwerking tussen het college en het managementteam in de dagelijkse bedrijfsvoering en de beleidscyclus van ons bestuur ";
    private readonly TempFolder _data = new();

    private static string Text(string start, int length)
    {
        var text = start + " " + string.Concat(Enumerable.Repeat(Sentence, 1 + (length / Sentence.Length)));
        return text[..text.LastIndexOf(' ', length)].TrimEnd() + ".";
    }

    private static IReadOnlyList<string> Labels(int length) =>
        [.. Enumerable.Range(1, Limits.MaxOptions).Select(i => Text($"Optie {i}:", length))];

    [Fact]
    public async Task EverySlide_WithTheMostATemplateMayHold_FitsTheWindow_AndLeavesTheBadgeItsOwnSpace()
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var question = Text("Vraag:", 250);
        var groups = Enumerable.Range(1, Limits.MaxGroups)
            .Select(i => new GroupDraft($"Groep {i}: {Text("verwachtingen over", 60)}", null, [Text("Richtvraag:", 200)])).ToList();
        var created = await facilitator.TryCreateWorkshopAsync(new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
        [
            new QuestionDraft(question, Labels(Limits.OptionLabelLength)),
            new QuestionDraft(Text("Ja of nee:", 120), QuestionDraft.YesNoOptions) { Type = QuestionType.YesNo },
            new QuestionDraft(question, Labels(Limits.OptionLabelLength)) { Type = QuestionType.MultipleChoice, MaxChoices = Limits.MaxOptions },
            new QuestionDraft(question, Labels(Limits.OptionLabelLength)) { Type = QuestionType.Scale, Scale = new ScaleRange(1, 10, Text("Helemaal niet", 60), Text("Helemaal wel", 60)) },
            new QuestionDraft(question, []) { Type = QuestionType.WordCloud },
            new QuestionDraft(question, []) { Type = QuestionType.OpenText },
            new QuestionDraft(question, Labels(Limits.OptionLabelLength)) { Type = QuestionType.Ranking },
            new QuestionDraft(question, Labels(Limits.OptionLabelLength)) { Type = QuestionType.Points },
        ]) { GroupWork = new GroupWorkDraft(Text("Oefening:", 110), groups, 3, Limits.MaxDots, true) });
        var workshop = created.Workshop ?? throw new InvalidOperationException(string.Join("; ", created.Errors));
        await app.Services.GetRequiredService<AgendaEditingService>().SaveInfoAsync(workshop.Id, null, Text("Info:", Limits.TitleLength), InfoBody());
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var screens = new List<IPage>();
        foreach (var (width, height) in new[] { (1024, 768), (1920, 1080) })
        {
            // The old beamer's laptop asks for less motion: its bars appear without growing in.
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, ReducedMotion = width == 1024 ? ReducedMotion.Reduce : ReducedMotion.NoPreference });
            await page.GotoAsync(new Uri(app.BaseUrl, $"/s/{workshop.ScreenKey}").ToString());
            screens.Add(page);
        }

        var problems = new List<string>();
        async Task CheckAsync(string slide, string testId)
        {
            foreach (var screen in screens)
            {
                await screen.GetByTestId(testId).First.WaitForAsync();
                problems.AddRange(await ScreenCheck.ProblemsOfAsync(screen, slide));
            }
        }

        await CheckAsync("lobby", "join-code");
        await using var room = await Room.JoinAsync(app.BaseUrl, workshop.JoinCode, cbsVb: 10, mat: 10, anders: 3);

        for (var index = 0; index < 8; index++)
        {
            var q = agenda[index].Question!;
            await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
            await room.AnswerAsync(q);
            await CheckAsync($"{q.Type}-stemmen", "voting");
            if (q.Type == QuestionType.OpenText)
            {
                foreach (var answer in await facilitator.GetOpenAnswersAsync(workshop.Id, q.Id))
                {
                    await facilitator.ModerateAsync(workshop.Id, q.Id, answer.ParticipantId, ModerationStatus.Approved);
                }
            }

            await facilitator.RevealAsync(workshop.Id);
            await CheckAsync($"{q.Type}-results", "poll-results");
            if (q.Type == QuestionType.SingleChoice)
            {
                Assert.Equal(["none", "bar-grow"], await Task.WhenAll(screens.Select(s => s.Locator(".hbar-fill").First.EvaluateAsync<string>("e => getComputedStyle(e).animationName"))));
            }
            await facilitator.SplitBySideAsync(workshop.Id);
            await CheckAsync($"{q.Type}-per-kant", "split-results");
            if (q.Type == QuestionType.SingleChoice)
            {
                // MAT's colour is the same on its swatch and on its bars, at either size.
                var hatches = await Task.WhenAll(screens.SelectMany(s => new[] { s.Locator(".side-mat .side-swatch").First, s.Locator(".side-mat .side-fill").First })
                    .Select(l => l.EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage")));
                Assert.Single(hatches.Distinct());
                Assert.Contains("rgb(169, 74, 0)", await screens[0].GetByTestId("gap-explained").EvaluateAsync<string>("e => getComputedStyle(e.closest('.split-results').querySelector('.side-mat .side-fill')).backgroundImage"), StringComparison.Ordinal);
                Assert.Equal("0 = beide kanten antwoorden hetzelfde, 100 = helemaal anders", await screens[0].GetByTestId("gap-explained").InnerTextAsync());
            }
        }

        await facilitator.InvokeAsync<object?>("ShowGaps", workshop.Id, true);
        await CheckAsync("verschillen", "gap-list");
        await facilitator.InvokeAsync<object?>("ShowGaps", workshop.Id, false);

        var exercise = agenda[8];
        await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, 8);
        await facilitator.InvokeAsync<object?>("StartTimer", workshop.Id, 25);
        await facilitator.InvokeAsync<bool>("AssignEveryone", workshop.Id, exercise.ActivityId);
        await room.WriteWerkpuntenAsync(exercise.ActivityId);
        await CheckAsync("groepswerk", "group-tile");
        await facilitator.ForwardAsync(workshop.Id);
        await CheckAsync("terugkoppeling", "plenary-text");

        foreach (var (index, name) in new[] { (9, "prioriteren"), (10, "consent") })
        {
            await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, index);
            await CheckAsync($"{name}-stemmen", "vote-waiting");
            await room.VoteAsync(agenda[index], await facilitator.InvokeAsync<IReadOnlyList<Beleidsdag.Web.Live.WerkpuntView>>("GetWerkpunten", workshop.Id));
            await facilitator.RevealAsync(workshop.Id);
            await CheckAsync($"{name}-resultaten", index == 9 ? "priorities" : "consent");
        }

        await facilitator.InvokeAsync<object?>("GoTo", workshop.Id, 11);
        await CheckAsync("infodia", "info-title");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string InfoBody()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => Text($"Alinea {i}:", 300)));
        return body[..body.LastIndexOf(' ', Limits.InfoBodyLength - 1)];
    }

    public void Dispose() => _data.Dispose();
}
