using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Facilitate;

/// <summary>The console's shortcuts for a busy room: approve every waiting answer, seat only who has no group, consent in the room's order.</summary>
public sealed class ModerationAndGroupsTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task ApproveAll_ApprovesTheWaitingAnswers_AndLeavesAHiddenOneHidden()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync(new QuestionDraft("Welk werkpunt eerst?", []) { Type = QuestionType.OpenText });
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        foreach (var text in new[] { "Meer overleg", "Sneller beslissen", "Iets ongepasts" })
        {
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "mat");
            Assert.True((await phone.SubmitAsync(question.Id, AnswerContent.Text(text))).Ok);
        }

        var hidden = (await facilitator.GetOpenAnswersAsync(workshop.Id, question.Id)).Single(a => a.Text == "Iets ongepasts");
        await facilitator.ModerateAsync(workshop.Id, question.Id, hidden.ParticipantId, ModerationStatus.Hidden);

        var approved = await app.Services.GetRequiredService<FacilitationService>().ApproveAllAsync(workshop.Id, question.Id);

        Assert.Equal(2, approved);
        var answers = await facilitator.GetOpenAnswersAsync(workshop.Id, question.Id);
        Assert.Equal([("Iets ongepasts", ModerationStatus.Hidden), ("Meer overleg", ModerationStatus.Approved), ("Sneller beslissen", ModerationStatus.Approved)],
            answers.Select(a => (a.Text, a.Status)).OrderBy(a => a.Text, StringComparer.Ordinal));
    }

    [Fact]
    public async Task AssignUnseated_KeepsWhoChoseTheirTable_AndSeatsTheOthersAroundThem()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var exercise = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Exercise!;
        var phones = new List<Phone>();
        foreach (var side in new[] { "cbs", "cbs", "mat", "mat", "mat" })
        {
            phones.Add(await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, side));
        }

        // Two CBS/VB members scanned the QR code of the last group's table.
        foreach (var phone in phones.Take(2))
        {
            Assert.True((await phone.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[3].Id, Phone.NewKey()))).Ok);
        }

        Assert.True(await app.Services.GetRequiredService<FacilitationService>().AssignUnseatedAsync(workshop.Id, exercise.ActivityId));

        var groups = await facilitator.InvokeAsync<IReadOnlyList<GroupProgress>>("GetGroupProgress", workshop.Id, exercise.ActivityId);
        Assert.Equal([(0, 1), (0, 1), (0, 1), (2, 0)], groups.Select(g => (g.CbsVb, g.Mat)));
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task ConsentRound_FollowsThePrioritisationTheRoomSaw()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var agenda = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda;
        var exercise = agenda[0].Exercise!;
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode, "mat");
        Assert.True((await phone.InvokeAckAsync("JoinGroup", new GroupChoice(exercise.ActivityId, exercise.Groups[0].Id, Phone.NewKey()))).Ok);
        foreach (var text in new[] { "Eerst geschreven", "Tweede", "Derde, maar met de meeste stippen" })
        {
            Assert.True((await phone.InvokeAckAsync("SaveWerkpunt", new WerkpuntSubmission(exercise.ActivityId, null, 0, text, [], "beide", "", "", "", Phone.NewKey()))).Ok);
        }

        var ids = (await facilitator.InvokeAsync<IReadOnlyList<WerkpuntView>>("GetWerkpunten", workshop.Id)).Select(w => w.Id).ToList();
        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 1);
        Assert.True((await phone.InvokeAckAsync("SpendDots", new DotsSubmission(agenda[1].ActivityId, new Dictionary<string, int> { [ids[2]] = 2, [ids[1]] = 1 }, Phone.NewKey(), 1))).Ok);

        // Before the room saw the ranking, the consent round keeps the written order; after, it follows the ranking.
        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 2);
        Assert.Equal(ids, (await facilitator.InvokeAsync<ScreenView>("GetScreen", workshop.Id)).Current!.Vote!.Werkpunten.Select(w => w.Id));
        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 1);
        await facilitator.RevealAsync(workshop.Id);
        await facilitator.InvokeAsync<LiveStateView>("GoTo", workshop.Id, 2);
        Assert.Equal([ids[2], ids[1], ids[0]], (await facilitator.InvokeAsync<ScreenView>("GetScreen", workshop.Id)).Current!.Vote!.Werkpunten.Select(w => w.Id));
        await facilitator.RevealAsync(workshop.Id);
        Assert.Equal([ids[2], ids[1], ids[0]], (await facilitator.InvokeAsync<ScreenView>("GetScreen", workshop.Id)).Consent!.Select(l => l.Werkpunt.Id));
    }

    public void Dispose() => _data.Dispose();
}
