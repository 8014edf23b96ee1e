using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>
/// A phone that floods the hub is refused with a transient code the phone understands (keep the item, resend
/// later), and the server's log stays readable: one Warning a minute per participant and reason, no stack traces.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ManualClock _clock = new();
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task Phone_FloodingAnswers_IsRefusedAsRateLimited_AndAcceptedAgainASecondLater()
    {
        await using var app = Start();
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);

        // The default allows 10 submissions a second with a burst of 20; 60 at once (the clock standing still) hit the limit.
        var acks = await Task.WhenAll(Enumerable.Range(1, 60).Select(seq =>
            phone.AnswerAsync(question.Id, question.Options[seq % 2].Id, key: $"flood-{seq:D4}", seq: seq)));

        Assert.InRange(acks.Count(a => a.Ok), 1, 20);
        var limited = acks.Where(a => a.Code == "rate-limited").ToList();
        Assert.Equal(60 - acks.Count(a => a.Ok), limited.Count);
        Assert.All(limited, a => Assert.Equal((false, true), (a.Ok, a.Key!.StartsWith("flood-", StringComparison.Ordinal))));
        Assert.Contains("Even geduld", limited[0].Message, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await phone.AnswerAsync(question.Id, question.Options[0].Id, key: "after-the-flood", seq: 100)).Ok);
    }

    [Fact]
    public async Task TwoHundredRateLimitedAnswersInAMinute_LeaveOneWarning_WithoutAStackTrace()
    {
        await using var app = Start();
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
        await using var phone = await LivePollTests.JoinedPhoneAsync(app, workshop.JoinCode);
        _logs.Entries.Clear();

        var acks = await FloodAsync(phone, question, from: 1, count: 220);
        Assert.InRange(acks.Count(a => a.Code == "rate-limited"), 200, 220);

        var entry = Assert.Single(_logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("rate-limited", entry.Message, StringComparison.Ordinal);

        // A minute later the next refusal is logged again, and says how many were left out.
        _clock.Advance(TimeSpan.FromMinutes(1));
        await FloodAsync(phone, question, from: 1000, count: 40);
        var entries = _logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains($"{acks.Count(a => a.Code == "rate-limited") - 1}", entries[1].Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private static async Task<Web.Features.Participate.Ack[]> FloodAsync(Phone phone, Web.Live.QuestionView question, int from, int count) =>
        await Task.WhenAll(Enumerable.Range(from, count).Select(seq =>
            phone.AnswerAsync(question.Id, question.Options[seq % 2].Id, key: $"flood-{seq:D4}", seq: seq)));

    /// <summary>The clock stands still unless the test moves it, so the buckets refill only when it does.</summary>
    private BeleidsdagApp Start() => BeleidsdagApp.Start(_data.Path, b =>
    {
        b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock));
        b.ConfigureLogging(l => l.AddProvider(_logs));
    });
}
