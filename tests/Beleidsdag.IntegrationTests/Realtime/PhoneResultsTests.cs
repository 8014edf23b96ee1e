using Beleidsdag.Domain.Polls;
using Beleidsdag.IntegrationTests.Support;
using static Beleidsdag.IntegrationTests.Realtime.LivePollTests;

namespace Beleidsdag.IntegrationTests.Realtime;

/// <summary>docs/protocol.md: phones get a question's results only after the reveal, at most once a second.</summary>
public sealed class PhoneResultsTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Phone_GetsNoResultBeforeTheReveal_AndTheCountsAfterIt_WithoutASideUnderTheMinimum()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await facilitator.SplitBySideAsync(workshop.Id);
        await using var phone = await JoinedPhoneAsync(app, workshop.JoinCode);
        await using var colleague = await JoinedPhoneAsync(app, workshop.JoinCode);
        await using var alderman = await JoinedPhoneAsync(app, workshop.JoinCode, side: "cbs");
        await phone.AnswerAsync(question.Id, question.Options[0].Id);
        await colleague.AnswerAsync(question.Id, question.Options[0].Id);
        await alderman.AnswerAsync(question.Id, question.Options[1].Id);

        // Long enough for a coalesced change (100 ms) and a throttled push (1 s) to have come.
        await Task.Delay(1500);
        Assert.Empty(phone.Results);
        Assert.Null((await phone.GetStateAsync()).Results);

        await facilitator.RevealAsync(workshop.Id);
        var results = await Eventually.Get(() => phone.Results.LastOrDefault());

        var overall = Assert.IsType<ChoiceResult>(results.Overall);
        Assert.Equal(question.Id, results.QuestionId);
        Assert.Equal(3, overall.Respondents);
        Assert.Equal([2, 1, 0], overall.Counts.Select(c => c.Count));
        // One CBS/VB answer: the split is on, but no side may be shown on its own.
        Assert.Null(results.Split);
        Assert.Contains("Geen opsplitsing", results.SplitNotice, StringComparison.Ordinal);
        var reloaded = (await phone.GetStateAsync()).Results!;
        Assert.Equal([2, 1, 0], Assert.IsType<ChoiceResult>(reloaded.Overall).Counts.Select(c => c.Count));
        Assert.Null(reloaded.Split);
    }

    [Fact]
    public async Task Phone_WithTheSplitOn_AndEnoughOnEachSide_GetsCbsAndMatApart()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        var phones = new List<Phone>();
        foreach (var (side, option) in new[] { ("cbs", 0), ("cbs", 0), ("cbs", 1), ("mat", 1), ("mat", 1), ("mat", 2) })
        {
            var phone = await JoinedPhoneAsync(app, workshop.JoinCode, side);
            await phone.AnswerAsync(question.Id, question.Options[option].Id);
            phones.Add(phone);
        }

        await facilitator.RevealAsync(workshop.Id);
        var together = await Eventually.Get(() => phones[0].Results.LastOrDefault());
        Assert.Null(together.Split);
        Assert.Null(together.SplitNotice);

        await facilitator.SplitBySideAsync(workshop.Id);
        var split = (await Eventually.Get(() => phones[0].Results.LastOrDefault(r => r.Split is not null))).Split!;

        Assert.Equal(3, split.CbsVbRespondents);
        Assert.Equal(3, split.MatRespondents);
        Assert.Equal([2, 1, 0], Assert.IsType<ChoiceResult>(split.CbsVb).Counts.Select(c => c.Count));
        Assert.Equal([0, 2, 1], Assert.IsType<ChoiceResult>(split.Mat).Counts.Select(c => c.Count));
        foreach (var phone in phones)
        {
            await phone.DisposeAsync();
        }
    }

    [Fact]
    public async Task ManyQuickAnswers_AfterTheReveal_ArePushedAtMostAboutOnceASecond()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var (workshop, question) = await OpenFirstQuestionAsync(facilitator);
        await using var watcher = await JoinedPhoneAsync(app, workshop.JoinCode);
        await facilitator.RevealAsync(workshop.Id);
        // Revealing closes voting; reopened, the results stay on screen and grow live.
        await facilitator.OpenAsync(workshop.Id);
        await Eventually.Get(() => watcher.Results.LastOrDefault());

        var answering = new List<Phone>();
        for (var i = 0; i < 6; i++)
        {
            answering.Add(await JoinedPhoneAsync(app, workshop.JoinCode));
        }

        var started = DateTime.UtcNow;
        var before = watcher.Results.Count;
        for (var round = 0; round < 12; round++)
        {
            // Changing answers while the question is still open changes the counts every time;
            // each phone stays under its own submission rate limit.
            await Task.WhenAll(answering.Select((phone, i) => phone.AnswerAsync(question.Id, question.Options[(round + i) % 3].Id)));
            await Task.Delay(150);
        }

        await Task.Delay(1200);
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        var pushes = watcher.Results.Count - before;
        Assert.InRange(pushes, 1, (int)Math.Ceiling(seconds) + 1);
        foreach (var phone in answering)
        {
            await phone.DisposeAsync();
        }
    }

    public void Dispose() => _data.Dispose();
}
