using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Persistence;

/// <summary>One change the runtime wants committed. The writer turns each into an upsert (or, for a Delete…, a delete).</summary>
public abstract record PendingWrite;

public sealed record SaveWorkshop(Workshop Workshop, LiveState Live) : PendingWrite;

public sealed record SaveParticipant(Participant Participant) : PendingWrite;

/// <summary>
/// An accepted answer. It carries its own receipt key (<see cref="ReceiptKey"/>): one write per answer instead
/// of two, on the path every phone takes (docs/performance.md). The answer log keeps every accepted answer, so
/// after a restart the receipt of an answer that a later one replaced, or that a question edit dropped, is still there.
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

/// <summary>The facilitator's record of one domain of delegation.</summary>
public sealed record SaveDelegation(string WorkshopId, DelegationRecord Delegation) : PendingWrite;

/// <summary>A domain of delegation the facilitator removed.</summary>
public sealed record DeleteDelegation(string WorkshopId, string ActivityId, string Domain) : PendingWrite;

/// <summary>The facilitator's record of how the agreements are evaluated.</summary>
public sealed record SaveEvaluation(string WorkshopId, EvaluationRecord Evaluation) : PendingWrite;

/// <summary>An answer that no longer fits its edited question (docs/rules.md), or whose question was removed.</summary>
public sealed record DeleteAnswer(string WorkshopId, string QuestionId, string ParticipantId) : PendingWrite;

/// <summary>A werkpunt of a group exercise that was removed from the agenda.</summary>
public sealed record DeleteWerkpunt(string WerkpuntId) : PendingWrite;

/// <summary>A removed participant's dots, in a round whose results had not left the app.</summary>
public sealed record DeleteDots(string WorkshopId, string ActivityId, string ParticipantId) : PendingWrite;

/// <summary>A removed participant's consent vote on one werkpunt, in a round whose results had not left the app.</summary>
public sealed record DeleteConsent(string WorkshopId, string ActivityId, string WerkpuntId, string ParticipantId) : PendingWrite;

/// <summary>A removed participant leaves its group.</summary>
public sealed record DeleteMembership(string WorkshopId, string ExerciseId, string ParticipantId) : PendingWrite;

/// <summary>Work on the documents themselves (a workshop's import or delete), inside the writer's transaction.</summary>
internal sealed record DatabaseWork(Action<LiteDB.LiteDatabase> Work) : PendingWrite;
