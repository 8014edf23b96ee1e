using Beleidsdag.IntegrationTests.Realtime;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Persistence;

/// <summary>Nothing is acknowledged before it is committed: a killed server keeps every acknowledged answer.</summary>
public sealed class CrashTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task KilledServer_AfterRestart_HasEveryAcknowledgedAnswer()
    {
        string workshopId, questionId;
        int acknowledged;
        using (var server = await ServerProcess.StartAsync(_data.Path))
        {
            await using var facilitator = await Facilitator.LogInAsync(server.BaseUrl);
            var (workshop, question) = await LivePollTests.OpenFirstQuestionAsync(facilitator);
            (workshopId, questionId) = (workshop.Id, question.Id);
            var phones = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
            {
                var phone = await Phone.ConnectAsync(server.BaseUrl);
                await phone.JoinAsync(workshop.JoinCode);
                await phone.ChooseSideAsync(i % 2 == 0 ? "cbs" : "mat");
                return phone;
            }));

            var acks = await Task.WhenAll(phones.Select((phone, i) => phone.AnswerAsync(questionId, question.Options[i % 3].Id)));
            acknowledged = acks.Count(a => a.Ok);
            server.KillHard();
            foreach (var phone in phones)
            {
                await phone.DisposeAsync();
            }
        }

        using var restarted = await ServerProcess.StartAsync(_data.Path);
        await using var after = await Facilitator.LogInAsync(restarted.BaseUrl);
        var tally = await after.GetTallyAsync(workshopId, questionId);
        Assert.Equal(30, acknowledged);
        Assert.Equal(acknowledged, tally.Respondents);
        Assert.Equal([10, 10, 10], tally.Counts.Select(c => c.Count));
    }

    public void Dispose() => _data.Dispose();
}
