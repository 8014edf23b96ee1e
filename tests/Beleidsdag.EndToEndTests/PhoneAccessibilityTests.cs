using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Live;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// axe-core on the phone page in every view a participant meets: the code, the side, the lobby, each question type
/// before it opens, open, answered, closed and revealed, and every group-work screen. 0 critical, 0 serious, and one
/// h1 per view (a screen reader's first landmark says where the participant is); at 390 px, 320 px and 200% zoom,
/// each view fits (<see cref="PhoneFit"/>).
/// </summary>
public sealed class PhoneAccessibilityTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Theory]
    [InlineData("390x844")]
    [InlineData("320x640")]
    [InlineData("390-zoom200")]
    public async Task EveryPhoneView_HasNoSeriousViolation_AndOneHeading_AndFits(string size)
    {
        Browser.SkipWhenMissingOutsideCi();
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var draft = new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
        [
            new QuestionDraft("Welke waarde is voor u het belangrijkst?", ["Vertrouwen", "Respect", "Openheid"]),
            new QuestionDraft("Beschikt u over een geactualiseerde afsprakennota?", []) { Type = QuestionType.YesNo },
            new QuestionDraft("Welke bevoegdheden worden gedelegeerd?", ["Personeel", "Financieel", "Handtekening"]) { Type = QuestionType.MultipleChoice, MaxChoices = 3 },
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["De nota is gedragen.", "De nota wordt gebruikt."]) { Type = QuestionType.Scale },
            new QuestionDraft("Hoe werken we samen?", []) { Type = QuestionType.WordCloud },
            new QuestionDraft("Welke waarden dragen we hoog in het vaandel?", []) { Type = QuestionType.OpenText, Moderated = false },
            new QuestionDraft("Rangschik", ["Vertrouwen", "Conflict", "Betrokkenheid"]) { Type = QuestionType.Ranking },
            new QuestionDraft("Verdeel 100 punten", ["Waarden", "Rollen"]) { Type = QuestionType.Points },
        ])
        { GroupWork = GroupWorkDraft.Beleidscyclus() };
        var workshop = (await facilitator.TryCreateWorkshopAsync(draft)).Workshop!;
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        await using var room = await Room.JoinAsync(app.BaseUrl, workshop.JoinCode, cbsVb: 3, mat: 3);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(size == PhoneFit.Small.Name ? PhoneFit.Small.Options
            : size == PhoneFit.Zoomed.Name ? PhoneFit.Zoomed.Options : Browser.PhonePage());
        var problems = new List<string>();

        async Task CheckAsync(string view)
        {
            await phone.EvaluateAsync("() => document.fonts.ready");
            problems.AddRange(await Accessibility.SeriousAsync(phone, $"phone · {view}"));
            problems.AddRange(await PhoneFit.SettledProblemsAsync(phone, $"phone · {view} at {size}"));
            await PhoneFit.ScreenshotAsync(phone, $"{view.Replace(':', '-').Replace(' ', '-')}-{size}");
            var headings = await phone.Locator("h1:visible").CountAsync();
            if (headings != 1)
            {
                problems.Add($"phone · {view}: {headings} h1 elements, not one");
            }
        }

        await phone.GotoAsync($"http://{Browser.PhoneHost}:{app.BaseUrl.Port}/j");
        await phone.GetByTestId("code-input").WaitForAsync();
        await CheckAsync("code");
        await phone.GotoAsync(Browser.JoinLink(app.BaseUrl, workshop.JoinCode));
        await phone.GetByTestId("side-cbs").WaitForAsync();
        await CheckAsync("side");
        await phone.GetByTestId("side-cbs").ClickAsync();
        await phone.GetByRole(AriaRole.Heading, new() { Name = "Je bent binnen." }).WaitForAsync();
        await CheckAsync("lobby");

        for (var i = 0; i < agenda.Count; i++)
        {
            var item = agenda[i];
            if (item.Question is not { } question)
            {
                continue;
            }

            var type = question.Type.ToString();
            var live = await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, i);
            await phone.GetByText(question.Text).WaitForAsync();
            if (live.Questions[question.Id].Phase == QuestionPhase.NotOpened)
            {
                await CheckAsync($"{type} before it opens");
            }

            await facilitator.OpenAsync(workshop.Id);
            await room.AnswerAsync(question);
            await phone.Locator("#view :is(button, input, textarea):enabled").First.WaitForAsync();
            await CheckAsync($"{type} open");
            await AnswerAsync(phone, question);
            await phone.GetByTestId("confirmation").Filter(new() { HasText = "Ontvangen" }).WaitForAsync();
            await CheckAsync($"{type} answered");
            await facilitator.CloseAsync(workshop.Id);
            await phone.WaitForFunctionAsync("() => ![...document.querySelectorAll('#view :is(input, textarea)')].some((e) => !e.disabled) && !document.querySelector('[data-testid=submit]:enabled, [data-testid^=option-]:enabled')");
            await CheckAsync($"{type} closed");
            await facilitator.InvokeAsync<LiveStateView>("Reveal", workshop.Id, true);
            await phone.GetByTestId("phone-results").WaitForAsync();
            await CheckAsync($"{type} revealed");
        }

        var exerciseIndex = agenda.ToList().FindIndex(a => a.Kind == ActivityKind.GroupExercise);
        var exercise = agenda[exerciseIndex].Exercise!;
        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, exerciseIndex);
        await facilitator.InvokeAsync<LiveStateView>("StartTimer", workshop.Id, 25);
        await phone.GetByTestId($"group-{exercise.Groups[0].Id}").WaitForAsync();
        await CheckAsync("group work: pick a group");
        await phone.GetByTestId($"group-{exercise.Groups[0].Id}").ClickAsync();
        await phone.GetByTestId("add-werkpunt").WaitForAsync();
        await CheckAsync("group work: board");
        await phone.GetByTestId("add-werkpunt").ClickAsync();
        await phone.GetByTestId("wp-text").FillAsync("Tijdsinspanning van de diensten wordt onderschat");
        await phone.GetByTestId("wp-oplossing-0").FillAsync("Bij elk voorstel een raming van de tijd door het MAT");
        await phone.GetByTestId("wp-owner-rol").ClickAsync();
        await phone.GetByTestId("wp-role").FillAsync("Algemeen directeur");
        await phone.GetByTestId("wp-term").FillAsync("Q1 2027");
        // Another chapter than the group's: the card on the plenary's board says which.
        await phone.GetByTestId("wp-chapter").SelectOptionAsync(new SelectOptionValue { Index = 5 });
        await CheckAsync("group work: werkpunt form");
        await phone.GetByTestId("wp-save").ClickAsync();
        await phone.GetByText("Tijdsinspanning van de diensten wordt onderschat").WaitForAsync();
        await facilitator.InvokeAsync<bool>("AssignEveryone", workshop.Id, agenda[exerciseIndex].ActivityId);
        await room.WriteWerkpuntenAsync(agenda[exerciseIndex].ActivityId);
        await facilitator.ForwardAsync(workshop.Id);
        await phone.GetByTestId("plenary").Filter(new() { HasText = "Terugkoppeling" }).WaitForAsync();
        await CheckAsync("group work: plenary");

        foreach (var kind in new[] { ActivityKind.Prioritisation, ActivityKind.ConsentRound })
        {
            var index = agenda.ToList().FindIndex(a => a.Kind == kind);
            await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, index);
            await phone.Locator(kind == ActivityKind.Prioritisation ? "[data-testid^=dot-plus-]" : "[data-testid^=consent-]").First.WaitForAsync();
            await CheckAsync($"{kind}");
            await facilitator.InvokeAsync<LiveStateView>("Reveal", workshop.Id, true);
            await phone.GetByText("De stemming is gesloten.", new() { Exact = false }).First.WaitForAsync();
            await CheckAsync($"{kind} revealed");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The participant's own answer, tapped as a thumb would.</summary>
    private static async Task AnswerAsync(IPage phone, QuestionView question)
    {
        var options = question.Options.Select(o => o.Id).ToList();
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.YesNo:
                await phone.GetByTestId($"option-{options[0]}").ClickAsync();
                return;
            case QuestionType.MultipleChoice:
                await phone.GetByTestId($"option-{options[0]}").ClickAsync();
                break;
            case QuestionType.Scale:
                foreach (var id in options)
                {
                    await phone.GetByTestId($"scale-{id}-4").ClickAsync();
                }

                break;
            case QuestionType.WordCloud:
                await phone.GetByTestId("word-0").FillAsync("open communicatie");
                break;
            case QuestionType.OpenText:
                await phone.GetByTestId("open-text").FillAsync("Respect voor elkaars rol");
                break;
            case QuestionType.Ranking:
                await phone.GetByTestId($"rank-down-{(await QuestionTypesJourneyTests.RankingOrderAsync(phone))[0]}").ClickAsync();
                break;
            case QuestionType.Points:
                await phone.GetByTestId($"points-{options[0]}").FillAsync("60");
                await phone.GetByTestId($"points-{options[1]}").FillAsync("40");
                break;
        }

        await phone.GetByTestId("submit").ClickAsync();
    }

    public void Dispose() => _data.Dispose();
}
