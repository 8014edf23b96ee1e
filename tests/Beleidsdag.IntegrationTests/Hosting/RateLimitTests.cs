using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;

namespace Beleidsdag.IntegrationTests.Hosting;

public sealed class RateLimitTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Phone_FloodingAnswers_IsLimitedAndLaterAcceptedAgain()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);

        // The default allows 10 submissions a second with a burst of 20; 60 at once must hit the limit.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 60).Select(async seq =>
        {
            try
            {
                return (await phone.AnswerAsync(question.Id, question.Options[seq % 2].Id, key: $"flood-{seq}", seq: seq)).Ok ? "ok" : "rejected";
            }
            catch (HubException e) when (e.Message.Contains("rate-limited", StringComparison.Ordinal))
            {
                return "rate-limited";
            }
        }));

        Assert.InRange(outcomes.Count(o => o == "ok"), 1, 30);
        Assert.Contains("rate-limited", outcomes);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.True((await phone.AnswerAsync(question.Id, question.Options[0].Id, key: "after-the-flood", seq: 100)).Ok);
    }

    public void Dispose() => _data.Dispose();
}
