using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.LoadTest.Wire;

// The messages of docs/protocol.md as a client sees them. Only the fields the benchmark reads are
// declared; the JSON protocol ignores the others. Enums travel as camelCase strings, so they are strings here.

public sealed record JoinRequest(string Code, string? Token);

public sealed record JoinResponse(bool Ok, string Code, string? Message, string? Token, string? ParticipantId, string? Side, RoomState? Room, MyAnswer? MyAnswer)
{
    /// <summary>The phone's group and its group's board (group exercise).</summary>
    public MyGroupWork? Mine { get; init; }
}

public sealed record RoomState(string JoinCode, bool Blanked, ActivityView? Current);

/// <summary><c>kind</c>: "question", "groupExercise", "prioritisation" or "consentRound".</summary>
public sealed record ActivityView(string ActivityId, string? Kind, int Position, int Count, QuestionView? Question, string Phase, bool Revealed)
{
    public ExerciseView? Exercise { get; init; }
}

public sealed record QuestionView(string Id, string Type, string Text, IReadOnlyList<OptionView> Options);

public sealed record OptionView(string Id, string Label);

public sealed record MyAnswer(string QuestionId, IReadOnlyList<string> OptionIds, IReadOnlyList<string>? Texts, long Seq);

public sealed record SideChoice(string Side, string Key);

/// <summary>"Send only the field the type uses; leave the others out": a null list is not written.</summary>
public sealed record AnswerSubmission(
    string QuestionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? OptionIds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Texts,
    string Key,
    long Seq);

public sealed record Ack(string? Key, bool Ok, string Code, string? Message, bool Superseded);

public sealed record ScreenView(int ConnectedPhones, ActivityView? Current, int Answered, int Eligible, TallyView? Tally)
{
    /// <summary>During a group exercise: the groups' live progress.</summary>
    public ExerciseScreen? Exercise { get; init; }
}

public sealed record TallyView(int Respondents, IReadOnlyList<OptionCount> Counts);

public sealed record OptionCount(string OptionId, string Label, int Count);

/// <summary><c>getResult</c>'s answer (servers after <c>getTally</c>): only the overall result is read.</summary>
public sealed record SplitResult(TallyView? Overall);

/// <summary><c>getResult</c>'s answer, read for any question type: the overall <c>QuestionResult</c> with its <c>kind</c>.</summary>
public sealed record AnyResult(ResultView? Overall);

/// <summary>
/// A <c>QuestionResult</c> whatever its <c>kind</c> ("choice", "wordCloud", "openText", …): the fields a
/// kind does not have stay null.
/// </summary>
public sealed record ResultView(string? Kind, int Respondents, IReadOnlyList<OptionCount>? Counts, IReadOnlyList<WordCount>? Words, IReadOnlyList<OpenCard>? Cards);

public sealed record WordCount(string Word, string Display, int Count);

public sealed record OpenCard(string ParticipantId, string Text, int Count);

/// <summary><c>createWorkshop</c>'s argument; the date travels as "2026-11-28".</summary>
public sealed record WorkshopDraft(string Title, string Municipality, string Date, IReadOnlyList<QuestionDraft> Questions)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GroupWorkDraft? GroupWork { get; init; }
}

/// <summary>One question; <c>type</c> is "singleChoice", "wordCloud", "openText", …; <c>moderated</c> matters for open text only.</summary>
public sealed record QuestionDraft(string Text, IReadOnlyList<string> Options, string Type = "singleChoice", int MaxChoices = 1, ScaleDraft? Scale = null, bool Moderated = true);

public sealed record ScaleDraft(int Min, int Max, string LowLabel, string HighLabel);

/// <summary>The group exercise (then a prioritisation with <c>dots</c> when above 0, and a consent round).</summary>
public sealed record GroupWorkDraft(string Title, IReadOnlyList<GroupDraft> Groups, int TargetPerGroup, int Dots, bool ConsentRound);

/// <summary><c>phase</c>: "beleidsvoorbereiding", "beleidsbeslissing", "beleidsuitvoering", "beleidsevaluatieEnBijsturing" or null.</summary>
public sealed record GroupDraft(string Name, string? Phase, IReadOnlyList<string> Richtvragen);

public sealed record CreateWorkshopResult(bool Ok, IReadOnlyList<string> Errors, WorkshopSummary? Workshop);

public sealed record WorkshopSummary(string Id, string JoinCode, string ScreenKey);

public sealed record WorkshopDetail(IReadOnlyList<ActivityView> Agenda, int CurrentIndex);

public sealed record LiveStateView(int CurrentIndex, bool Blanked);

// The group exercise.

public sealed record ExerciseView(string ActivityId, string Title, int TargetPerGroup, IReadOnlyList<GroupView> Groups);

public sealed record GroupView(string Id, string Name, string? Phase);

/// <summary>The screen during a group exercise: per group its members and visible werkpunten.</summary>
public sealed record ExerciseScreen(IReadOnlyList<GroupProgress> Groups);

public sealed record GroupProgress(string GroupId, string Name, int Members, int Werkpunten);

/// <summary><c>JoinResponse.mine</c>, and the argument of <c>groupWorkChanged</c>.</summary>
public sealed record MyGroupWork(string? GroupId, BoardView? Board);

/// <summary>What the benchmark reads of a <c>groupWorkChanged</c> push: only the group (the board is skipped unread).</summary>
public sealed record GroupWorkPush(string? GroupId);

public sealed record BoardView(string ExerciseId, string GroupId, int Members, IReadOnlyList<WerkpuntView> Werkpunten);

public sealed record WerkpuntView(string Id, string GroupId, WerkpuntContent Content, int Version, bool Hidden);

/// <summary><c>owner</c> comes back as "unknown", "cbsVb", "mat", "beide" or "rol".</summary>
public sealed record WerkpuntContent(string Text, IReadOnlyList<string> Oplossingen, string Owner);

/// <summary>
/// <c>saveWerkpunt</c>: a new werkpunt when <c>werkpuntId</c> is null (<c>baseVersion</c> 0). <c>owner</c> is
/// sent as "cbs", "mat", "beide", "rol" or "".
/// </summary>
public sealed record WerkpuntSubmission(
    string ExerciseId,
    string? WerkpuntId,
    int BaseVersion,
    string Text,
    IReadOnlyList<string> Oplossingen,
    string Owner,
    string OwnerRole,
    string Term,
    string Comments,
    string Key);

internal static class WireJson
{
    /// <summary>The server sends enums as camelCase strings (docs/protocol.md); so does this client.</summary>
    public static IHubConnectionBuilder WithBeleidsdagJson(this IHubConnectionBuilder builder) =>
        builder.AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
}
