using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests;

/// <summary>Builders for test data.</summary>
internal static class TestData
{
    public static Question YesNoQuestion(string id = "q1") =>
        new(id, QuestionType.SingleChoice, "Is de inhoud van de nota gedragen?", [new("ja", "Ja"), new("nee", "Nee"), new("wn", "Weet niet")]);

    public static Workshop Workshop(params Question[] questions) => new()
    {
        Id = "w1",
        Title = "Beleidsdag",
        Municipality = "Zottegem",
        Date = new DateOnly(2026, 11, 28),
        JoinCode = "ABC234",
        ScreenKey = "screen-key",
        CreatedAt = DateTimeOffset.UnixEpoch,
        Agenda = [.. questions.Select(q => (Activity)new QuestionActivity("a-" + q.Id, q))],
    };

    public static Answer Answer(string participant, string option, long seq = 1, string question = "q1") =>
        new(participant, question, AnswerContent.Choice(option), seq, DateTimeOffset.UnixEpoch);
}
