using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace Beleidsdag.ReferenceHub;

/// <summary>Every 50 ms, each question whose committed count changed goes to its screens: one coalesced push.</summary>
public sealed class TallyPusher(VoteStore votes, IHubContext<VoteHub, ITallyClient> hub) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pushed = new Dictionary<string, int>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (question, count) in votes.Counts())
            {
                if (pushed.GetValueOrDefault(question, -1) != count)
                {
                    pushed[question] = count;
                    await hub.Clients.Group(question).Tally(question, count);
                }
            }
        }
    }
}
