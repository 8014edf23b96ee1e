using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Participate;

// The participant protocol's messages (docs/protocol.md). Sides travel as their codes: "cbs", "mat", "anders".

public sealed record JoinRequest(string? Code, string? Token);

public sealed record JoinResponse(
    bool Ok,
    string Code,
    string? Message,
    string? Token,
    string? ParticipantId,
    string? Side,
    RoomState? Room,
    MyAnswer? MyAnswer)
{
    /// <summary>The phone's group, its board and what it gave in the current group activity.</summary>
    public MyGroupWork? Mine { get; init; }

    /// <summary>The current question's results while they are revealed, so a reloaded phone shows them at once.</summary>
    public PhoneResults? Results { get; init; }

    public static JoinResponse Failed(string code, string message) => new(false, code, message, null, null, null, null, null);
}

public sealed record SideChoice(string? Side, string? Key);

/// <summary>One answer; only the field the question type uses is filled (docs/protocol.md).</summary>
public sealed record AnswerSubmission(
    string? QuestionId,
    IReadOnlyList<string>? OptionIds,
    IReadOnlyDictionary<string, int>? Values,
    IReadOnlyList<string>? Texts,
    string? Key,
    long Seq);

public sealed record Ack(string? Key, bool Ok, string Code, string? Message, bool Superseded);

public sealed record GroupChoice(string? ExerciseId, string? GroupId, string? Key);

/// <summary>
/// A new werkpunt (<see cref="WerkpuntId"/> null) or an edit of one, made on <see cref="BaseVersion"/>. <see cref="Chapter"/>
/// is an afsprakennota chapter's key; null or empty keeps the werkpunt's chapter (a new one: its group's).
/// </summary>
public sealed record WerkpuntSubmission(
    string? ExerciseId,
    string? WerkpuntId,
    int BaseVersion,
    string? Text,
    IReadOnlyList<string>? Oplossingen,
    string? Owner,
    string? OwnerRole,
    string? Term,
    string? Comments,
    string? Key,
    string? Chapter = null);

public sealed record ReactionSubmission(string? WerkpuntId, bool On, string? Key);

public sealed record DotsSubmission(string? ActivityId, IReadOnlyDictionary<string, int>? Dots, string? Key, long Seq);

public sealed record ConsentSubmission(string? ActivityId, string? WerkpuntId, string? Choice, string? Key);
