using Microsoft.AspNetCore.SignalR;

namespace Beleidsdag.ReferenceHub;

/// <summary>What the hub pushes: a question's committed vote count, at most every 50 ms (<see cref="TallyPusher"/>).</summary>
public interface ITallyClient
{
    Task Tally(string question, int count);
}

/// <summary>
/// A phone votes with an idempotency key and gets <c>true</c> once the vote is committed; a screen watches a
/// question's tally. Nothing else: no sides, no rules, no rate limit.
/// </summary>
public sealed class VoteHub(VoteStore votes) : Hub<ITallyClient>
{
    public const string Path = "/hubs/reference";

    private const int MaxLength = 64;

    public Task<bool> Vote(string question, string key, string option) =>
        question.Length > MaxLength || key.Length > MaxLength || option.Length > MaxLength ? Task.FromResult(false) : votes.AddAsync(question, key, option);

    public async Task<int> WatchTally(string question)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, question);
        return votes.Count(question);
    }

    public int Count(string question) => votes.Count(question);
}
