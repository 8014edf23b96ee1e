using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Workshops;

public class RoomStepsTests
{
    private readonly Workshop _workshop = TestData.Workshop(TestData.YesNoQuestion("q1"), TestData.YesNoQuestion("q2"));

    [Fact]
    public void Forward_FromLobby_ShowsAndOpensTheFirstQuestion()
    {
        var state = RoomSteps.Forward(_workshop, LiveState.Start);

        Assert.Equal(0, state.CurrentIndex);
        Assert.Equal(new QuestionState(QuestionPhase.Open, false), state.StateOf("q1"));
    }

    [Fact]
    public void Forward_WalksOpenThenRevealThenNextQuestion_ClosingTheOneItLeaves()
    {
        var opened = RoomSteps.Forward(_workshop, LiveState.Start);
        var revealed = RoomSteps.Forward(_workshop, opened);
        var next = RoomSteps.Forward(_workshop, revealed);

        Assert.True(revealed.StateOf("q1").Revealed);
        Assert.Equal(1, next.CurrentIndex);
        Assert.Equal(new QuestionState(QuestionPhase.Closed, true), next.StateOf("q1"));
        Assert.Equal(QuestionPhase.Open, next.StateOf("q2").Phase);
    }

    [Fact]
    public void Back_HidesResultsBeforeLeavingTheQuestion()
    {
        var revealed = RoomSteps.Forward(_workshop, RoomSteps.Forward(_workshop, LiveState.Start));

        var hidden = RoomSteps.Back(_workshop, revealed);
        var lobby = RoomSteps.Back(_workshop, hidden);

        Assert.False(hidden.StateOf("q1").Revealed);
        Assert.Equal(0, hidden.CurrentIndex);
        Assert.Equal(LiveState.Lobby, lobby.CurrentIndex);
        Assert.Equal(QuestionPhase.Closed, lobby.StateOf("q1").Phase);
    }

    [Fact]
    public void GoTo_AnEarlierClosedQuestion_KeepsItClosed()
    {
        var atSecond = RoomSteps.GoTo(_workshop, RoomSteps.Forward(_workshop, LiveState.Start), 1);

        var backAtFirst = RoomSteps.GoTo(_workshop, atSecond, 0);

        Assert.Equal(QuestionPhase.Closed, backAtFirst.StateOf("q1").Phase);
        Assert.Equal(QuestionPhase.Closed, backAtFirst.StateOf("q2").Phase);
    }

    [Fact]
    public void Open_ReopensAClosedQuestion()
    {
        var closed = RoomSteps.Close(_workshop, RoomSteps.Forward(_workshop, LiveState.Start));

        Assert.Equal(QuestionPhase.Open, RoomSteps.Open(_workshop, closed).StateOf("q1").Phase);
    }

    [Fact]
    public void Forward_AtTheLastItem_StaysThere()
    {
        var state = RoomSteps.GoTo(_workshop, LiveState.Start, 1);
        state = RoomSteps.Forward(_workshop, RoomSteps.Forward(_workshop, state));

        Assert.Equal(1, RoomSteps.Forward(_workshop, state).CurrentIndex);
    }
}

public class RoomStepsInfoSlideTests
{
    private readonly Workshop _workshop = TestData.WorkshopOf(
        TestData.Item(TestData.YesNoQuestion("q1")), new InfoActivity("info", "Pauze", "Koffie"), TestData.Item(TestData.YesNoQuestion("q2")));

    [Fact]
    public void Forward_OverAnInfoSlide_TakesOneStepLikeAnItemWithoutPhases()
    {
        var revealed = LiveState.Start.With("q1", new QuestionState(QuestionPhase.Open, true)) with { CurrentIndex = 0 };

        var onInfo = RoomSteps.Forward(_workshop, revealed);
        var next = RoomSteps.Forward(_workshop, onInfo);

        Assert.Equal(1, onInfo.CurrentIndex);
        Assert.Equal(2, next.CurrentIndex);
        Assert.Equal(QuestionPhase.Open, next.StateOf("q2").Phase);
    }

    [Fact]
    public void Back_FromAnInfoSlide_GoesToThePreviousItem()
    {
        var onInfo = LiveState.Start with { CurrentIndex = 1 };

        Assert.Equal(0, RoomSteps.Back(_workshop, onInfo).CurrentIndex);
    }
    [Fact]
    public void Reveal_ClosesVoting_AndHidingTheResultsDoesNotReopenIt()
    {
        var revealed = RoomSteps.Forward(_workshop, RoomSteps.Forward(_workshop, LiveState.Start));
        var hidden = RoomSteps.Back(_workshop, revealed);

        Assert.Equal(new QuestionState(QuestionPhase.Closed, true), revealed.StateOf("q1"));
        Assert.Equal(new QuestionState(QuestionPhase.Closed, false), hidden.StateOf("q1"));
    }

    [Fact]
    public void Reveal_OfAQuestionThatStaysOpen_LeavesVotingOpen()
    {
        var workshop = TestData.Workshop(TestData.YesNoQuestion("q1") with { StaysOpenWhileRevealed = true });

        var revealed = RoomSteps.Reveal(workshop, RoomSteps.Forward(workshop, LiveState.Start), true);

        Assert.Equal(new QuestionState(QuestionPhase.Open, true), revealed.StateOf("q1"));
    }

    [Fact]
    public void VotingRounds_OpenOnArrival_AndTheRevealClosesThem()
    {
        var workshop = TestData.WorkshopOf(new PrioritisationActivity("prio", "Prioriteren", 3), new ConsentActivity("consent", "Consent"));

        var arrived = RoomSteps.Forward(workshop, LiveState.Start);
        var revealed = RoomSteps.Forward(workshop, arrived);
        var next = RoomSteps.Forward(workshop, revealed);

        Assert.True(RoomSteps.IsVotingOpen(workshop, arrived, "prio"));
        Assert.Equal(new QuestionState(QuestionPhase.Closed, true), revealed.StateOf("prio"));
        Assert.False(RoomSteps.IsVotingOpen(workshop, revealed, "prio"));
        Assert.True(RoomSteps.IsVotingOpen(workshop, next, "consent"));
        Assert.True(RoomSteps.IsVotingOpen(workshop, RoomSteps.Open(workshop, RoomSteps.GoTo(workshop, next, 0)), "prio"));
    }
}
