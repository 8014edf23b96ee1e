using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Live;
using static Beleidsdag.IntegrationTests.Realtime.LivePollTests;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>docs/rules.md, "Figures that have left the app" and "Removing a participant", over real connections.</summary>
public sealed class AnonymityTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task SideSwitch_AfterTheSplitWasShown_ChangesNoFigureTheRoomSaw_ButCountsOnTheNextQuestion()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Is de inhoud van de nota gedragen?", ["A", "B"]), new QuestionDraft("Werd een proces doorlopen?", ["A", "B"]));
        await facilitator.ForwardAsync(workshop.Id);
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var (first, second) = (agenda[0].Question!, agenda[1].Question!);
        var cbs = await PhonesAsync(app, workshop.JoinCode, "cbs", 3);
        var mat = await PhonesAsync(app, workshop.JoinCode, "mat", 4);
        await AllAnswerAsync(cbs, first, 0);
        await AllAnswerAsync(mat, first, 1);

        await facilitator.ForwardAsync(workshop.Id); // reveal
        await facilitator.SplitBySideAsync(workshop.Id);
        Assert.True((await mat[0].ChooseSideAsync("cbs")).Ok);

        var shown = await facilitator.GetResultAsync(workshop.Id, first.Id);
        Assert.Equal([3, 0], Counts(shown.CbsVb));
        Assert.Equal([0, 4], Counts(shown.Mat));

        await facilitator.ForwardAsync(workshop.Id); // the next question
        await AllAnswerAsync([.. cbs, .. mat], second, 0);
        var next = await facilitator.GetResultAsync(workshop.Id, second.Id);
        Assert.Equal((4, 3), (next.CbsVb!.Respondents, next.Mat!.Respondents));
        await DisposeAllAsync([.. cbs, .. mat]);
    }

    [Fact]
    public async Task SideSwitch_BeforeTheResultsLeftTheApp_CorrectsTheMisTap()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        var cbs = await PhonesAsync(app, workshop.JoinCode, "cbs", 3);
        var mat = await PhonesAsync(app, workshop.JoinCode, "mat", 4);
        await AllAnswerAsync([.. cbs, .. mat], question, 0);

        Assert.True((await mat[0].ChooseSideAsync("cbs")).Ok);

        var result = await facilitator.GetResultAsync(workshop.Id, question.Id);
        Assert.Equal((4, 3), (result.CbsVb!.Respondents, result.Mat!.Respondents));
        await DisposeAllAsync([.. cbs, .. mat]);
    }

    [Fact]
    public async Task Reveal_ClosesVoting_APhoneIsRefused_AndHidingTheResultsDoesNotReopen()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);
        Assert.True((await phone.AnswerAsync(question.Id, question.Options[0].Id)).Ok);

        await facilitator.ForwardAsync(workshop.Id);
        var afterReveal = await phone.AnswerAsync(question.Id, question.Options[1].Id);
        await facilitator.BackAsync(workshop.Id);
        var afterHiding = await phone.AnswerAsync(question.Id, question.Options[1].Id);

        Assert.Equal("question-not-open", afterReveal.Code);
        Assert.Equal("question-not-open", afterHiding.Code);
        Assert.Equal([1, 0, 0], (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Counts.Select(c => c.Count));
        var detail = await facilitator.GetWorkshopAsync(workshop.Id);
        Assert.Equal((QuestionPhase.Closed, false, true), (detail.Agenda[0].Phase, detail.Agenda[0].Revealed, detail.Agenda[0].Disclosed));
    }

    [Fact]
    public async Task Export_ShowsNothingOfAnOpenQuestion_AndASplitWithheldOnceStaysWithheld()
    {
        // docs/rules.md, rule 2 and 3: 2 CBS/VB and 5 MAT; an export shows only the overall figures; a third CBS/VB
        // answers after a reopen: the next export must not split, or "overall then − MAT now" gives the first two.
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Is de inhoud van de nota gedragen?", []) { Type = QuestionType.YesNo });
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var cbs = await PhonesAsync(app, workshop.JoinCode, "cbs", 3);
        var mat = await PhonesAsync(app, workshop.JoinCode, "mat", 5);
        await AllAnswerAsync(cbs.Take(2), question, 0);
        await AllAnswerAsync(mat, question, 1);

        using (var whileOpen = await Workbooks.ExportAsync(app, workshop.Id))
        {
            Assert.Contains("Nog open", Workbooks.TextOf(whileOpen.Worksheet("Resultaten")), StringComparison.Ordinal);
            Assert.Single(whileOpen.Worksheet("Ruwe antwoorden").RowsUsed()); // the header only
        }

        await facilitator.CloseAsync(workshop.Id);
        using (var closed = await Workbooks.ExportAsync(app, workshop.Id))
        {
            Assert.Contains("Geen opsplitsing", Workbooks.TextOf(closed.Worksheet("Resultaten")), StringComparison.Ordinal);
        }

        await facilitator.OpenAsync(workshop.Id);
        Assert.True((await cbs[2].AnswerAsync(question.Id, question.Options[0].Id)).Ok);
        await facilitator.CloseAsync(workshop.Id);

        var result = await facilitator.GetResultAsync(workshop.Id, question.Id);
        Assert.Equal(SplitStatus.Withheld, result.Status);
        using (var later = await Workbooks.ExportAsync(app, workshop.Id))
        {
            var text = Workbooks.TextOf(later.Worksheet("Resultaten"));
            Assert.Contains("resultaten werden al getoond", text, StringComparison.Ordinal);
            Assert.DoesNotContain("CBS/VB 3", text, StringComparison.Ordinal);
        }

        await DisposeAllAsync([.. cbs, .. mat]);
    }

    [Fact]
    public async Task RemovedParticipant_StopsCountingWhereNothingWasShown_KeepsWhatWasShown_AndCannotComeBack()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(
            new QuestionDraft("Eerste vraag?", ["A", "B"]), new QuestionDraft("Tweede vraag?", ["A", "B"]));
        await facilitator.ForwardAsync(workshop.Id);
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var (first, second) = (agenda[0].Question!, agenda[1].Question!);
        var phones = await PhonesAsync(app, workshop.JoinCode, "cbs", 4);
        await AllAnswerAsync(phones, first, 0);
        await facilitator.ForwardAsync(workshop.Id); // revealed: these figures left the app
        await facilitator.ForwardAsync(workshop.Id);
        await AllAnswerAsync(phones, second, 0);
        var intruder = (await facilitator.InvokeAsync<IReadOnlyList<ParticipantRow>>("GetParticipants", workshop.Id))[^1];

        Assert.True(await facilitator.InvokeAsync<bool>("RemoveParticipant", workshop.Id, intruder.Id));

        Assert.Equal(4, (await facilitator.GetTallyAsync(workshop.Id, first.Id)).Respondents);
        Assert.Equal(3, (await facilitator.GetTallyAsync(workshop.Id, second.Id)).Respondents);
        Assert.Equal("participant-removed", (await phones[^1].AnswerAsync(second.Id, second.Options[1].Id)).Code);
        await using var again = await Phone.ConnectAsync(app.BaseUrl);
        var rejoin = await again.JoinAsync(workshop.JoinCode, phones[^1].Token);
        Assert.Equal(("participant-removed", false), (rejoin.Code, rejoin.Ok));
        Assert.Equal(3, (await facilitator.GetWorkshopAsync(workshop.Id)).Numbers.JoinedParticipants);
        await facilitator.ForwardAsync(workshop.Id);
        using var workbook = await Workbooks.ExportAsync(app, workshop.Id);
        Assert.Contains("Verwijderd door de begeleider | 1", Workbooks.TextOf(workbook.Worksheet("Overzicht")), StringComparison.Ordinal);
        await DisposeAllAsync(phones);
    }

    [Fact]
    public async Task Answer_ExclusiveOptionWithAnother_IsRefusedWithADutchMessage()
    {
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
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        var both = await phone.SubmitAsync(question.Id, AnswerContent.Choice(question.Options[0].Id, question.Options[2].Id));

        Assert.True(question.Options[2].Exclusive);
        Assert.Equal("exclusive-option", both.Code);
        Assert.Equal("Dit antwoord kan je niet combineren met een ander antwoord.", both.Message);
        Assert.Equal(0, (await facilitator.GetResultAsync(workshop.Id, question.Id)).Overall.Respondents);
    }

    private static async Task<List<Phone>> PhonesAsync(BeleidsdagApp app, string joinCode, string side, int count)
    {
        var phones = new List<Phone>();
        for (var i = 0; i < count; i++)
        {
            phones.Add(await JoinedPhoneAsync(app, joinCode, side));
        }

        return phones;
    }

    private static async Task AllAnswerAsync(IEnumerable<Phone> phones, QuestionView question, int option)
    {
        foreach (var phone in phones)
        {
            var ack = await phone.AnswerAsync(question.Id, question.Options[option].Id);
            Assert.True(ack.Ok, ack.Message);
        }
    }

    private static int[] Counts(QuestionResult? result) => [.. ((ChoiceResult)result!).Counts.Select(c => c.Count)];

    private static async Task DisposeAllAsync(IEnumerable<Phone> phones)
    {
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    public void Dispose() => _data.Dispose();
}
