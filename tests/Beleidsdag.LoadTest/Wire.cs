using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.LoadTest.Wire;

// The messages of docs/protocol.md as a client sees them. Only the fields the benchmark reads are
// declared; the JSON protocol ignores the others. Enums travel as camelCase strings, so they are strings here.

public sealed record JoinRequest(string Code, string? Token);

public sealed record JoinResponse(bool Ok, string Code, string? Message, string? Token, string? ParticipantId, string? Side, RoomState? Room, MyAnswer? MyAnswer);

public sealed record RoomState(string JoinCode, bool Blanked, ActivityView? Current);

public sealed record ActivityView(string ActivityId, int Position, int Count, QuestionView? Question, string Phase, bool Revealed);

public sealed record QuestionView(string Id, string Type, string Text, IReadOnlyList<OptionView> Options);

public sealed record OptionView(string Id, string Label);

public sealed record MyAnswer(string QuestionId, IReadOnlyList<string> OptionIds, long Seq);

public sealed record SideChoice(string Side, string Key);

public sealed record AnswerSubmission(string QuestionId, IReadOnlyList<string> OptionIds, string Key, long Seq);

public sealed record Ack(string? Key, bool Ok, string Code, string? Message, bool Superseded);

public sealed record ScreenView(int ConnectedPhones, ActivityView? Current, int Answered, int Eligible, TallyView? Tally);

public sealed record TallyView(int Respondents, IReadOnlyList<OptionCount> Counts);

public sealed record OptionCount(string OptionId, string Label, int Count);

/// <summary><c>getResult</c>'s answer (servers after <c>getTally</c>): only the overall counts are read.</summary>
public sealed record SplitResult(TallyView? Overall);

/// <summary><c>createWorkshop</c>'s argument; the date travels as "2026-11-28".</summary>
public sealed record WorkshopDraft(string Title, string Municipality, string Date, IReadOnlyList<QuestionDraft> Questions);

public sealed record QuestionDraft(string Text, IReadOnlyList<string> Options);

public sealed record CreateWorkshopResult(bool Ok, IReadOnlyList<string> Errors, WorkshopSummary? Workshop);

public sealed record WorkshopSummary(string Id, string JoinCode, string ScreenKey);

public sealed record WorkshopDetail(IReadOnlyList<ActivityView> Agenda, int CurrentIndex);

public sealed record LiveStateView(int CurrentIndex, bool Blanked);

internal static class WireJson
{
    /// <summary>The server sends enums as camelCase strings (docs/protocol.md); so does this client.</summary>
    public static IHubConnectionBuilder WithBeleidsdagJson(this IHubConnectionBuilder builder) =>
        builder.AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
}
