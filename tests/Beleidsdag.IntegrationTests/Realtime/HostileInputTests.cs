using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Participate;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>
/// Hand-written JSON with the wrong types gets a refusal code the phone's outbox understands (drop the item),
/// never SignalR's "Failed to invoke 'Answer' due to an error on the server", which an outbox resends for ever.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _data = new();

    public static TheoryData<string> WrongShapes() => ["values a number with decimals", "seq a word", "optionIds a string", "the whole argument a string"];

    [Theory]
    [MemberData(nameof(WrongShapes))]
    public async Task Answer_WithWrongTypes_IsRefusedAsInvalid_StoresNothing_AndTheConnectionGoesOn(string shape)
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
        object wrong = shape switch
        {
            "values a number with decimals" => new { questionId = question.Id, values = new { a = 33.5 }, key = "verkeerd-0001", seq = 1 },
            "seq a word" => new { questionId = question.Id, optionIds = new[] { question.Options[0].Id }, key = "verkeerd-0001", seq = "x" },
            "optionIds a string" => new { questionId = question.Id, optionIds = question.Options[0].Id, key = "verkeerd-0001", seq = 1 },
            _ => "antwoord",
        };

        var refused = await phone.Connection.InvokeAsync<Ack>("Answer", wrong);

        Assert.Equal((false, "invalid-request"), (refused.Ok, refused.Code));
        Assert.Contains("ongeldig", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Respondents);
        Assert.Null((await phone.GetStateAsync()).MyAnswer);
        Assert.True((await phone.AnswerAsync(question.Id, question.Options[1].Id)).Ok);
        Assert.Equal(1, (await facilitator.GetTallyAsync(workshop.Id, question.Id)).Respondents);
    }

    [Fact]
    public async Task FacilitatorHub_WithWrongTypes_KeepsSignalRsOwnError()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);

        var wrongType = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<object>("GetWorkshop", new { id = 3 }));
        var aPhonesMethod = await Assert.ThrowsAsync<HubException>(() => facilitator.InvokeAsync<object>("Answer", "antwoord"));

        Assert.Contains("Failed to invoke 'GetWorkshop'", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("Failed to invoke 'Answer'", aPhonesMethod.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
