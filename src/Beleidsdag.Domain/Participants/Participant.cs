namespace Beleidsdag.Domain.Participants;

/// <summary>One phone in one workshop. The token that proves it is kept only as a hash.</summary>
public sealed record Participant(
    string Id,
    string WorkshopId,
    string TokenHash,
    Side? Side,
    DateTimeOffset JoinedAt)
{
    /// <summary>
    /// The facilitator removed this participant (a script, a second phone): its token no longer joins, and its
    /// answers stopped counting on every question whose figures had not left the app yet (docs/rules.md).
    /// </summary>
    public bool Removed { get; init; }
}
