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
            foreach (var side in new[] { "cbs", "mat", "anders" })
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

    public void Dispose() => _data.Dispose();
}
