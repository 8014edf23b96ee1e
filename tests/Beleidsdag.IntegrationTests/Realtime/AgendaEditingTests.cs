using System.Collections.Concurrent;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.EditAgenda;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>Editing the agenda during the day, on the real app: phones follow live, the record survives a restart.</summary>
public sealed class AgendaEditingTests : IDisposable
{
    private static readonly QuestionDraft Gedragen = new("Is de inhoud van de nota gedragen?", ["Ja", "Nee", "Weet niet"]);

    private readonly TempFolder _data = new();

    [Fact]
    public async Task EditCurrentQuestion_PhoneSeesTheNewTextLive()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
        var rooms = new ConcurrentQueue<RoomState>();
        phone.Connection.On<RoomState>("RoomChanged", rooms.Enqueue);
        var agenda = app.Services.GetRequiredService<AgendaEditingService>();
        var activityId = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].ActivityId;

        var change = await agenda.SaveQuestionAsync(workshop.Id, activityId, Gedragen with { Text = "Is de nota gedragen door CBS/VB en MAT?" }, [.. question.Options.Select(o => o.Id)], confirmed: false);

        Assert.Equal(AgendaChangeStatus.Saved, change.Status);
        var pushed = await Eventually.Get(() => rooms.LastOrDefault(r => r.Current?.Question?.Text == "Is de nota gedragen door CBS/VB en MAT?"));
        Assert.Equal(question.Id, pushed.Current!.Question!.Id);
        Assert.Equal(question.Options.Select(o => o.Id), pushed.Current.Question.Options.Select(o => o.Id));
    }

    [Fact]
    public async Task RemoveOption_WithAnswers_DropsThoseAnswers_AlsoAfterARestart()
    {
        string workshopId, questionId, activityId;
        QuestionView question;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            (var workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
            (workshopId, questionId) = (workshop.Id, question.Id);
            foreach (var option in new[] { 0, 1, 1 })
            {
                await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
                Assert.True((await phone.AnswerAsync(questionId, question.Options[option].Id)).Ok);
            }

            var agenda = app.Services.GetRequiredService<AgendaEditingService>();
            activityId = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[0].ActivityId;
            Assert.Equal(AgendaChangeStatus.Saved, (await agenda.SaveInfoAsync(workshopId, null, "Pauze", "Koffie in de foyer.")).Status);
            var info = agenda.Entries(workshopId)[^1].Activity.Id;
            Assert.Equal(AgendaChangeStatus.Saved, (await agenda.MoveAsync(workshopId, info, -1)).Status);
            var withoutNee = Gedragen with { Options = ["Ja", "Weet niet"] };
            string?[] ids = [question.Options[0].Id, question.Options[2].Id];

            var asked = await agenda.SaveQuestionAsync(workshopId, activityId, withoutNee, ids, confirmed: false);
            Assert.Equal(AgendaChangeStatus.NeedsConfirmation, asked.Status);
            Assert.Equal("2 antwoorden kozen een optie die je verwijdert; die antwoorden vervallen.", asked.Messages.Single());
            Assert.Equal(3, (await facilitator.GetTallyAsync(workshopId, questionId)).Respondents);

            var saved = await agenda.SaveQuestionAsync(workshopId, activityId, withoutNee, ids, confirmed: true);
            Assert.Equal(AgendaChangeStatus.Saved, saved.Status);
            Assert.Equal([1, 0], (await facilitator.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));
            Assert.Equal(AgendaChangeStatus.Refused, (await agenda.RemoveAsync(workshopId, activityId, confirmed: true)).Status);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var detail = await facilitator.GetWorkshopAsync(workshopId);
            // The slide moved in front of the question on screen: the room stayed on the question.
            Assert.Equal([ActivityKind.Info, ActivityKind.Question], detail.Agenda.Select(a => a.Kind));
            Assert.Equal(1, detail.CurrentIndex);
            Assert.Equal("Koffie in de foyer.", detail.Agenda[0].Body);
            Assert.Equal([question.Options[0].Id, question.Options[2].Id], detail.Agenda[1].Question!.Options.Select(o => o.Id));
            var tally = await facilitator.GetTallyAsync(workshopId, questionId);
            Assert.Equal(1, tally.Respondents);
            Assert.Equal([1, 0], tally.Counts.Select(c => c.Count));
        }
    }

    public void Dispose() => _data.Dispose();
}
