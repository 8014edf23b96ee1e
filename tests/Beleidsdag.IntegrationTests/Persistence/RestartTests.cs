using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>Stopping and starting the server on the same data folder keeps what was acknowledged.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Restart_KeepsWorkshopAnswersAndWhereTheRoomIs()
    {
        string workshopId, questionId, joinCode, token;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
            (workshopId, questionId, joinCode) = (workshop.Id, question.Id, workshop.JoinCode);
            foreach (var side in new[] { "cbs", "mat", "cbs" })
            {
                await using var phone = await LivePollTests.JoinedPhoneAsync(app, joinCode, side);
                Assert.True((await phone.AnswerAsync(questionId, question.Options[1].Id)).Ok);
            }

            await using var last = await LivePollTests.JoinedPhoneAsync(app, joinCode);
            await last.AnswerAsync(questionId, question.Options[0].Id, key: "voor-herstart", seq: 1);
            token = last.Token!;
            await facilitator.ForwardAsync(workshopId);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var detail = await facilitator.GetWorkshopAsync(workshopId);
            Assert.Equal(0, detail.CurrentIndex);
            Assert.True(detail.Agenda[0].Revealed);
            var tally = await facilitator.GetTallyAsync(workshopId, questionId);
            Assert.Equal(4, tally.Respondents);
            Assert.Equal([1, 3, 0], tally.Counts.Select(c => c.Count));

            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            var join = await phone.JoinAsync(joinCode, token);
            Assert.Equal("mat", join.Side);
            var replay = await phone.AnswerAsync(questionId, detail.Agenda[0].Question!.Options[2].Id, key: "voor-herstart", seq: 1);
            Assert.True(replay.Ok);
            Assert.Equal([1, 3, 0], (await facilitator.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));
        }
    }

    [Fact]
    public async Task Restart_ReplayOfAnAnswerLaterChanged_GetsItsOwnAckAgain_AndChangesNothing()
    {
        // The answer log keeps every accepted answer with its receipt. A replay of the older key after a restart
        // gets the ack it got the first time, as it would without the restart, and does not bring the older choice back.
        string workshopId, questionId, joinCode, token, first, second;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
            (workshopId, questionId, joinCode) = (workshop.Id, question.Id, workshop.JoinCode);
            (first, second) = (question.Options[0].Id, question.Options[1].Id);
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, joinCode);
            Assert.True((await phone.AnswerAsync(questionId, first, key: "eerste-keuze", seq: 1)).Ok);
            Assert.True((await phone.AnswerAsync(questionId, second, key: "tweede-keuze", seq: 2)).Ok);
            token = phone.Token!;
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            await phone.JoinAsync(joinCode, token);

            var replay = await phone.AnswerAsync(questionId, first, key: "eerste-keuze", seq: 1);

            Assert.True(replay.Ok);
            Assert.False(replay.Superseded);
            Assert.Equal([0, 1, 0], (await facilitator.GetTallyAsync(workshopId, questionId)).Counts.Select(c => c.Count));
            var again = await phone.AnswerAsync(questionId, second, key: "tweede-keuze", seq: 2);
            Assert.True(again.Ok);
            Assert.False(again.Superseded);
        }
    }

    [Fact]
    public async Task Restart_ReplayOfARejectedKey_IsStillRejected()
    {
        string workshopId, questionId, joinCode, token;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateWorkshopAsync();
            var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
            (workshopId, questionId, joinCode) = (workshop.Id, question.Id, workshop.JoinCode);
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, joinCode);
            token = phone.Token!;
            var early = await phone.AnswerAsync(questionId, question.Options[0].Id, key: "te-vroeg-01", seq: 1);
            Assert.Equal("question-not-open", early.Code);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            await facilitator.ForwardAsync(workshopId);
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            await phone.JoinAsync(joinCode, token);
            var option = (await facilitator.GetWorkshopAsync(workshopId)).Agenda[0].Question!.Options[0].Id;

            var replay = await phone.AnswerAsync(questionId, option, key: "te-vroeg-01", seq: 1);

            Assert.Equal("question-not-open", replay.Code);
            Assert.Equal(0, (await facilitator.GetTallyAsync(workshopId, questionId)).Respondents);
        }
    }

    [Fact]
    public async Task Restart_KeepsScaleValuesWordsAndModerationDecisions()
    {
        string workshopId;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var workshop = await facilitator.CreateWorkshopAsync(
                new QuestionDraft("Is de nota gedragen?", ["De nota is gedragen."]) { Type = QuestionType.Scale },
                new QuestionDraft("Welke waarden dragen we hoog in het vaandel?", []) { Type = QuestionType.OpenText });
            workshopId = workshop.Id;
            var agenda = (await facilitator.GetWorkshopAsync(workshopId)).Agenda;
            await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
            await facilitator.ForwardAsync(workshopId);
            var statement = agenda[0].Question!.Options[0].Id;
            Assert.True((await phone.SubmitAsync(agenda[0].Question!.Id, AnswerContent.Numbers(new Dictionary<string, int> { [statement] = 4 }))).Ok);
            await facilitator.InvokeAsync<Beleidsdag.Web.Features.Facilitate.LiveStateView>("GoTo", workshopId, 1);
            Assert.True((await phone.SubmitAsync(agenda[1].Question!.Id, AnswerContent.Text("Respect voor elkaars rol"))).Ok);
            var queued = Assert.Single(await facilitator.GetOpenAnswersAsync(workshopId, agenda[1].Question!.Id));
            Assert.True(await facilitator.ModerateAsync(workshopId, agenda[1].Question!.Id, queued.ParticipantId, ModerationStatus.Approved));
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
            var agenda = (await facilitator.GetWorkshopAsync(workshopId)).Agenda;
            var scale = (ScaleResult)(await facilitator.GetResultAsync(workshopId, agenda[0].Question!.Id)).Overall;
            var open = (OpenTextResult)(await facilitator.GetResultAsync(workshopId, agenda[1].Question!.Id)).Overall;
            Assert.Equal(4.0, scale.Statements[0].Mean);
            Assert.Equal("Respect voor elkaars rol", Assert.Single(open.Cards).Text);
        }
    }

    public void Dispose() => _data.Dispose();
}
