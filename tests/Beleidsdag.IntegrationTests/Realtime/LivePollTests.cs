using Beleidsdag.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>Phones and a facilitator over real SignalR connections to the real app.</summary>
public sealed class LivePollTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task ThreePhones_JoinAndAnswer_FacilitatorHubReportsTheTally()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;

        var answers = new[] { ("cbs", 0), ("mat", 0), ("mat", 1) };
        foreach (var (side, option) in answers)
        {
            await using var phone = await Phone.ConnectAsync(app.BaseUrl);
            var join = await phone.JoinAsync(workshop.JoinCode.ToLowerInvariant());
            Assert.True(join.Ok);
            Assert.Equal(question.Id, join.Room!.Current!.Question!.Id);
            Assert.True((await phone.ChooseSideAsync(side)).Ok);
            var ack = await phone.AnswerAsync(question.Id, question.Options[option].Id);
            Assert.True(ack.Ok, ack.Message);
        }

        var tally = await facilitator.GetTallyAsync(workshop.Id, question.Id);
        Assert.Equal(3, tally.Respondents);
        Assert.Equal([2, 1, 0], tally.Counts.Select(c => c.Count));
    }

    [Fact]
    public async Task Answer_ChangedWhileOpen_IsCountedOnce()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        await phone.AnswerAsync(question.Id, question.Options[0].Id);
        await phone.AnswerAsync(question.Id, question.Options[1].Id);

        var tally = await facilitator.GetTallyAsync(workshop.Id, question.Id);
        Assert.Equal(1, tally.Respondents);
        Assert.Equal([0, 1, 0], tally.Counts.Select(c => c.Count));
    }

    [Fact]
    public async Task ReplayedIdempotencyKey_CountsOnce_AndReturnsTheSameOutcome()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        var first = await phone.AnswerAsync(question.Id, question.Options[0].Id, key: "sleutel-0001", seq: 1);
        await phone.AnswerAsync(question.Id, question.Options[1].Id, key: "sleutel-0002", seq: 2);
        var replay = await phone.AnswerAsync(question.Id, question.Options[0].Id, key: "sleutel-0001", seq: 1);

        Assert.Equal(first, replay);
        var tally = await facilitator.GetTallyAsync(workshop.Id, question.Id);
        Assert.Equal([0, 1, 0], tally.Counts.Select(c => c.Count));
    }

    [Fact]
    public async Task OlderSubmission_ArrivingLate_DoesNotOverwriteTheNewerAnswer()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        await phone.AnswerAsync(question.Id, question.Options[1].Id, seq: 5);
        var late = await phone.AnswerAsync(question.Id, question.Options[0].Id, seq: 4);

        Assert.True(late.Ok);
        Assert.True(late.Superseded);
        Assert.Equal([0, 1, 0], (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Counts.Select(c => c.Count));
    }

    [Fact]
    public async Task Answer_ToAClosedQuestion_IsRefusedInDutch_AndChangesNothing()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);
        await facilitator.CloseAsync(workshop.Id);

        var ack = await phone.AnswerAsync(question.Id, question.Options[0].Id);

        Assert.False(ack.Ok);
        Assert.Equal("question-not-open", ack.Code);
        Assert.Contains("gesloten", ack.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Respondents);
    }

    [Theory]
    [InlineData("unknown-question")]
    [InlineData("unknown-option")]
    public async Task Answer_ToAnUnknownQuestionOrOption_IsRefused(string expectedCode)
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        var ack = expectedCode == "unknown-question"
            ? await phone.AnswerAsync("bestaat-niet", question.Options[0].Id)
            : await phone.AnswerAsync(question.Id, "bestaat-niet");

        Assert.Equal(expectedCode, ack.Code);
        Assert.False(string.IsNullOrWhiteSpace(ack.Message));
        Assert.Equal(0, (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Respondents);
    }

    [Fact]
    public async Task Join_WithAnUnknownCode_GetsADutchMessage()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var phone = await Phone.ConnectAsync(app.BaseUrl);

        var join = await phone.JoinAsync("ZZZ999");

        Assert.False(join.Ok);
        Assert.Equal("unknown-code", join.Code);
        Assert.Contains("code", join.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_WithTheStoredToken_ComesBackAsTheSameParticipant()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var first = await JoinedPhoneAsync(app, workshop.JoinCode);
        await first.AnswerAsync(question.Id, question.Options[2].Id);

        await using var reloaded = await Phone.ConnectAsync(app.BaseUrl);
        var join = await reloaded.JoinAsync(workshop.JoinCode, first.Token);

        Assert.Equal(first.LastJoin!.ParticipantId, join.ParticipantId);
        Assert.Equal("mat", join.Side);
        Assert.Equal([question.Options[2].Id], join.MyAnswer!.OptionIds);
        Assert.Null(join.Token);
    }

    [Fact]
    public async Task MessageOverTheSizeLimit_IsRefused_AndStoresNothing()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);

        var huge = new string('x', 10_000);
        await Assert.ThrowsAnyAsync<Exception>(() => phone.AnswerAsync(question.Id, huge));

        Assert.Equal(0, (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Respondents);
    }

    [Fact]
    public async Task ScreenWatcher_SeesTheCountLive_AndTheTallyOnlyAfterReveal()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var screen = await Phone.ConnectAsync(app.BaseUrl);
        var views = new System.Collections.Concurrent.ConcurrentQueue<Beleidsdag.Web.Live.ScreenView>();
        screen.Connection.On<Beleidsdag.Web.Live.ScreenView>("ScreenChanged", views.Enqueue);
        var initial = await screen.Connection.InvokeAsync<Beleidsdag.Web.Live.ScreenView?>("WatchScreen", workshop.ScreenKey);
        Assert.NotNull(initial);

        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);
        await phone.AnswerAsync(question.Id, question.Options[0].Id);
        var counted = await Support.Eventually.Get(() => views.LastOrDefault(v => v.Answered == 1));
        Assert.Null(counted.Result);

        await facilitator.ForwardAsync(workshop.Id);
        var revealed = await Support.Eventually.Get(() => views.LastOrDefault(v => v.Result is not null));
        Assert.Equal(1, Assert.IsType<Beleidsdag.Domain.Polls.ChoiceResult>(revealed.Result!.Overall).Counts[0].Count);
    }

    [Fact]
    public async Task WatchScreen_WithAWrongKey_GetsNothing()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var screen = await Phone.ConnectAsync(app.BaseUrl);

        Assert.Null(await screen.Connection.InvokeAsync<Beleidsdag.Web.Live.ScreenView?>("WatchScreen", "geraden-sleutel"));
    }

    internal static async Task<(Beleidsdag.Web.Features.Prepare.WorkshopSummary Workshop, Beleidsdag.Web.Live.QuestionView Question)> OpenFirstQuestionAsync(Facilitator facilitator)
    {
        var workshop = await facilitator.CreateWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        return (workshop, (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!);
    }

    internal static async Task<Phone> JoinedPhoneAsync(BeleidsdagApp app, string joinCode, string side = "mat")
    {
        var phone = await Phone.ConnectAsync(app.BaseUrl);
        await phone.JoinAsync(joinCode);
        await phone.ChooseSideAsync(side);
        return phone;
    }

    public void Dispose() => _data.Dispose();
}
