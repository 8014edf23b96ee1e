using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Realtime;

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
