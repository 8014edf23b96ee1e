using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Persistence;

/// <summary>One change the runtime wants committed. The writer turns each into an upsert (or, for a Delete…, a delete).</summary>
public abstract record PendingWrite;

public sealed record SaveWorkshop(Workshop Workshop, LiveState Live) : PendingWrite;

public sealed record SaveParticipant(Participant Participant) : PendingWrite;

/// <summary>
/// An accepted answer. It carries its own receipt key (<see cref="ReceiptKey"/>): one upsert per answer instead
/// of two, on the path every phone takes (docs/performance.md). A later answer overwrites the key of an earlier
/// one; after a restart a replay of that earlier key is answered by the seq check (superseded), which changes
/// nothing either. The phone sends its outbox one item at a time, so it does not replay a key older than one
/// already acknowledged.
/// </summary>
public sealed record SaveAnswer(string WorkshopId, Answer Answer, string? ReceiptKey = null) : PendingWrite;

public sealed record SaveModeration(string WorkshopId, ModerationDecision Decision) : PendingWrite;

/// <summary>The idempotency record: committed in the same transaction as the write it vouches for.</summary>
public sealed record SaveReceipt(string WorkshopId, Receipt Receipt) : PendingWrite;

public sealed record SaveMembership(string WorkshopId, Membership Membership) : PendingWrite;

public sealed record SaveWerkpunt(string WorkshopId, Werkpunt Werkpunt) : PendingWrite;

public sealed record SaveReaction(string WorkshopId, Reaction Reaction) : PendingWrite;

public sealed record SaveDots(string WorkshopId, string ActivityId, DotVote Vote) : PendingWrite;

public sealed record SaveConsent(string WorkshopId, string ActivityId, ConsentVote Vote) : PendingWrite;

/// <summary>An answer that no longer fits its edited question (docs/rules.md), or whose question was removed.</summary>
public sealed record DeleteAnswer(string WorkshopId, string QuestionId, string ParticipantId) : PendingWrite;

/// <summary>A werkpunt of a group exercise that was removed from the agenda.</summary>
public sealed record DeleteWerkpunt(string WerkpuntId) : PendingWrite;
