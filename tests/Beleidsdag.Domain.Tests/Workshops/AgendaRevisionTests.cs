using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Workshops;

public class AgendaRevisionTests
{
    private static readonly InfoActivity Welcome = new("info", "Welkom", "Vandaag werken we aan de afsprakennota.");
    private readonly Workshop _workshop = TestData.WorkshopOf(TestData.Item(TestData.YesNoQuestion("q1")), TestData.Item(TestData.YesNoQuestion("q2")), Welcome);

    private static IReadOnlyCollection<Answer> NoAnswers(string questionId) => [];

    private AgendaRevision Plan(LiveState live, IReadOnlyList<Activity> next, Func<string, IReadOnlyCollection<Answer>>? answers = null, Func<string, int>? heldBy = null) =>
        AgendaRevision.Plan(_workshop, live, next, answers ?? NoAnswers, heldBy ?? (_ => 0));

    private static LiveState At(int index) => LiveState.Start with { CurrentIndex = index };

    [Fact]
    public void Reorder_KeepsTheRoomOnTheSameItem()
    {
        var reversed = _workshop.Agenda.Reverse().ToList();

        var plan = Plan(At(0), reversed);

        Assert.True(plan.IsAllowed);
        Assert.Equal(2, plan.Live.CurrentIndex);
        Assert.Equal("a-q1", reversed[plan.Live.CurrentIndex].Id);
    }

    [Fact]
    public void Insert_BeforeTheCurrentItem_KeepsTheRoomOnIt()
    {
        var inserted = new InfoActivity("new", "Pauze", "Koffie in de foyer.");

        var plan = Plan(At(1), [inserted, .. _workshop.Agenda]);

        Assert.Equal(2, plan.Live.CurrentIndex);
    }

    [Fact]
    public void Remove_TheCurrentItem_IsRefused()
    {
        var plan = Plan(At(1), [.. _workshop.Agenda.Where(a => a.Id != "a-q2")]);

        Assert.False(plan.IsAllowed);
        Assert.Contains(plan.Errors, e => e.Contains("staat nu op het scherm", StringComparison.Ordinal));
    }

    [Fact]
    public void Remove_AnEarlierItem_MovesTheIndexWithTheItem()
    {
        var plan = Plan(At(1), [.. _workshop.Agenda.Where(a => a.Id != "a-q1")]);

        Assert.True(plan.IsAllowed);
        Assert.Equal(0, plan.Live.CurrentIndex);
    }

    [Fact]
    public void Remove_InTheLobby_StaysInTheLobby()
    {
        var plan = Plan(LiveState.Start, [Welcome]);

        Assert.Equal(LiveState.Lobby, plan.Live.CurrentIndex);
    }

    [Fact]
    public void RemoveQuestion_WithAnswers_AsksFirstAndDropsThemAll()
    {
        Answer[] answers = [TestData.Answer("p1", "ja"), TestData.Answer("p2", "nee")];

        var plan = Plan(LiveState.Start, [.. _workshop.Agenda.Where(a => a.Id != "a-q1")], q => q == "q1" ? answers : []);

        Assert.True(plan.NeedsConfirmation);
        Assert.Equal(answers, plan.DroppedAnswers);
        Assert.Contains("2 antwoorden", plan.Consequences.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveOption_WithAnswers_DropsThoseAnswers()
    {
        Answer[] answers = [TestData.Answer("p1", "ja"), TestData.Answer("p2", "nee"), TestData.Answer("p3", "nee"), TestData.Answer("p4", "wn")];
        var q1 = TestData.YesNoQuestion("q1");
        var edited = q1 with { Options = [.. q1.Options.Where(o => o.Id != "nee")] };

        var plan = Plan(LiveState.Start, Replace("a-q1", edited), q => q == "q1" ? answers : []);

        Assert.True(plan.IsAllowed);
        Assert.Equal(["p2", "p3"], plan.DroppedAnswers.Select(a => a.ParticipantId));
        Assert.Equal("2 antwoorden kozen een optie die je verwijdert; die antwoorden vervallen.", plan.Consequences.Single());
    }

    [Fact]
    public void EditTexts_WithAnswers_KeepsEveryAnswer()
    {
        Answer[] answers = [TestData.Answer("p1", "ja"), TestData.Answer("p2", "nee")];
        var q1 = TestData.YesNoQuestion("q1");
        var edited = q1 with { Text = "Is de nota gedragen door iedereen?", Options = [.. q1.Options.Select(o => o with { Label = o.Label + "!" })] };

        var plan = Plan(LiveState.Start, Replace("a-q1", edited), q => q == "q1" ? answers : []);

        Assert.True(plan.IsAllowed);
        Assert.False(plan.NeedsConfirmation);
        Assert.Empty(plan.DroppedAnswers);
    }

    [Fact]
    public void ChangeType_WithAnswers_IsRefused()
    {
        var edited = TestData.YesNoQuestion("q1") with { Type = QuestionType.MultipleChoice, MaxChoices = 2 };

        var plan = Plan(LiveState.Start, Replace("a-q1", edited), q => q == "q1" ? [TestData.Answer("p1", "ja")] : []);

        Assert.False(plan.IsAllowed);
        Assert.Contains(plan.Errors, e => e.Contains("soort vraag", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangeType_WithoutAnswers_IsAllowed()
    {
        var edited = TestData.YesNoQuestion("q1") with { Type = QuestionType.MultipleChoice, MaxChoices = 2 };

        Assert.True(Plan(LiveState.Start, Replace("a-q1", edited)).IsAllowed);
    }

    [Fact]
    public void Edit_BeyondTheLimits_IsRefusedInDutch()
    {
        var edited = TestData.YesNoQuestion("q1") with { Text = new string('x', Limits.QuestionTextLength + 1) };

        var plan = Plan(LiveState.Start, Replace("a-q1", edited));

        Assert.Equal($"Onderdeel 1 is langer dan {Limits.QuestionTextLength} tekens.", plan.Errors.Single());
    }

    [Fact]
    public void InfoSlide_WithoutTitle_IsRefused()
    {
        var plan = Plan(LiveState.Start, [.. _workshop.Agenda.Where(a => a != Welcome), Welcome with { Title = " " }]);

        Assert.Equal("Onderdeel 3: de titel is verplicht.", plan.Errors.Single());
    }

    [Fact]
    public void RemoveGroupExercise_WithWerkpunten_AsksFirst()
    {
        var exercise = new GroupExerciseActivity("ex", "Oefening", [], "s", "o", 3);
        var workshop = _workshop with { Agenda = [.. _workshop.Agenda, exercise] };

        var plan = AgendaRevision.Plan(workshop, LiveState.Start, _workshop.Agenda, NoAnswers, id => id == "ex" ? 7 : 0);

        Assert.Equal(["ex"], plan.RemovedExerciseIds);
        Assert.Equal("De groepsoefening “Oefening” heeft 7 werkpunten; die vervallen.", plan.Consequences.Single());
    }

    [Fact]
    public void RemovePrioritisation_WithVotes_AsksFirst()
    {
        var dots = new PrioritisationActivity("dots", "Prioriteren: welke werkpunten eerst?", 3);
        var workshop = _workshop with { Agenda = [.. _workshop.Agenda, dots] };

        var plan = AgendaRevision.Plan(workshop, LiveState.Start, _workshop.Agenda, NoAnswers, id => id == "dots" ? 12 : 0);

        Assert.True(plan.NeedsConfirmation);
        Assert.Equal("“Prioriteren: welke werkpunten eerst?” heeft al stemmen van 12 deelnemers; die vervallen.", plan.Consequences.Single());
    }

    private List<Activity> Replace(string activityId, Question question) =>
        [.. _workshop.Agenda.Select(a => a.Id == activityId ? new QuestionActivity(a.Id, question) : a)];
}
