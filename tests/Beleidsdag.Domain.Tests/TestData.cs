using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests;

/// <summary>Builders for test data.</summary>
internal static class TestData
{
    public static Question YesNoQuestion(string id = "q1") =>
        new(id, QuestionType.SingleChoice, "Is de inhoud van de nota gedragen?", [new("ja", "Ja"), new("nee", "Nee"), new("wn", "Weet niet")]);

    public static Workshop Workshop(params Question[] questions) =>
        WorkshopOf([.. questions.Select(q => (Activity)new QuestionActivity("a-" + q.Id, q))]);

    /// <summary>A workshop with any agenda; a question's activity id is "a-" + its question id by convention.</summary>
    public static Workshop WorkshopOf(params Activity[] agenda) => new()
    {
        Id = "w1",
        Title = "Beleidsdag",
        Municipality = "Zottegem",
        Date = new DateOnly(2026, 11, 28),
        JoinCode = "ABC234",
        ScreenKey = "screen-key",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Agenda = agenda,
    };

    public static QuestionActivity Item(Question question) => new("a-" + question.Id, question);

    public static Answer Answer(string participant, string option, long seq = 1, string question = "q1", Side side = Side.Mat) =>
        new(participant, question, AnswerContent.Choice(option), seq, DateTimeOffset.UnixEpoch, side);
}

/// <summary>Questions of every type, and answers for them, for the tally and gap tests.</summary>
internal static class Questions
{
    public static Question Of(QuestionType type, params string[] optionIds) =>
        new("q", type, "Vraag", [.. optionIds.Select(id => new QuestionOption(id, id.ToUpperInvariant()))])
        {
            MaxChoices = type == QuestionType.MultipleChoice ? 2 : 1,
            Scale = type == QuestionType.Scale ? ScaleRange.OneToFive : null,
        };

    public static Answer Answer(string participant, AnswerContent content, long seq = 1, Side side = Side.Mat) =>
        new(participant, "q", content, seq, DateTimeOffset.UnixEpoch.AddSeconds(seq), side);

    public static Dictionary<string, int> Values(params (string Id, int Value)[] values) =>
        values.ToDictionary(v => v.Id, v => v.Value, StringComparer.Ordinal);
}
