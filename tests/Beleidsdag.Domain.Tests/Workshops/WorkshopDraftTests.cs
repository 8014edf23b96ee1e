using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Workshops;

public class WorkshopDraftTests
{
    private static WorkshopDraft Draft(params QuestionDraft[] questions) =>
        new("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28), questions);

    [Fact]
    public void Validate_WhenQuestionHasOneOption_SaysSoInDutch()
    {
        var errors = Draft(new QuestionDraft("Gedragen?", ["Ja"])).Validate();

        Assert.Contains("Vraag 1 heeft 2 tot 8 antwoordmogelijkheden nodig.", errors);
    }

    [Fact]
    public void Validate_WhenNineOptions_IsRejected() =>
        Assert.NotEmpty(Draft(new QuestionDraft("Gedragen?", [.. Enumerable.Range(1, 9).Select(i => $"optie {i}")])).Validate());

    [Fact]
    public void Validate_WhenTitleMissing_IsRejected() =>
        Assert.Contains("De titel is verplicht.", (Draft() with { Title = " " }).Validate());

    [Fact]
    public void ToWorkshop_GivesEveryQuestionAndOptionItsOwnId()
    {
        var workshop = Draft(new QuestionDraft("Gedragen?", ["Ja", "Nee", ""])).ToWorkshop("w", "ABC234", "key", DateTimeOffset.UnixEpoch);

        var question = Assert.IsType<QuestionActivity>(Assert.Single(workshop.Agenda)).Question;
        Assert.Equal(["Ja", "Nee"], question.Options.Select(o => o.Label));
        Assert.Equal(2, question.Options.Select(o => o.Id).Distinct().Count());
    }
}
