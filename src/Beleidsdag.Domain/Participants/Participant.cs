namespace Beleidsdag.Domain.Participants;

/// <summary>One phone in one workshop. The token that proves it is kept only as a hash.</summary>
public sealed record Participant(
    string Id,
    string WorkshopId,
    string TokenHash,
    Side? Side,
    DateTimeOffset JoinedAt);
