using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Facilitate;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

/// <summary>The cockpit's "Verder: …" line, read off the step Verder really takes.</summary>
public sealed class ForwardPreviewTests
{
    private static readonly Workshop Day = new WorkshopDraft("Beleidsdag", "Zottegem", new DateOnly(2026, 11, 28),
        [new QuestionDraft("Is de inhoud van de nota gedragen?", QuestionDraft.YesNoOptions)])
    { GroupWork = GroupWorkDraft.Beleidscyclus() }.ToWorkshop("w", "ABCDEF", "key", DateTimeOffset.UnixEpoch);

    private static string Preview(LiveState state, int werkpuntenPerGroup = 2) =>
        ForwardPreview.Describe(Day, state, RoomSteps.Forward(Day, state, (_, _) => werkpuntenPerGroup));

    private static LiveState Forward(LiveState state, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            state = RoomSteps.Forward(Day, state, (_, _) => 2);
        }

        return state;
    }

    [Fact]
    public void Preview_WalksAQuestion_OpenRevealThenTheNextItem()
    {
        Assert.Equal("Gaat naar onderdeel 1 en opent de stemming.", Preview(LiveState.Start));
        Assert.Equal("Toont de resultaten en sluit de stemming.", Preview(Forward(LiveState.Start)));
        Assert.Equal("Gaat naar onderdeel 2.", Preview(Forward(LiveState.Start, 2)));
    }

    [Fact]
    public void Preview_InTheGroupExercise_NamesThePlenaryStep()
    {
        var groupWork = Forward(LiveState.Start, 3);

        Assert.Equal("Start de terugkoppeling met Beleidsvoorbereiding.", Preview(groupWork));
        Assert.Equal("Toont het volgende werkpunt van Beleidsvoorbereiding.", Preview(Forward(groupWork)));
        Assert.Equal("Gaat naar de volgende groep: Beleidsbeslissing.", Preview(Forward(groupWork, 2)));
    }

    [Fact]
    public void Preview_AtTheLastItemWithResultsShown_SaysTheAgendaEnds()
    {
        var last = RoomSteps.Reveal(Day, RoomSteps.GoTo(Day, LiveState.Start, Day.Agenda.Count - 1), true);

        Assert.Equal("Einde van de agenda: Verder doet niets meer.", Preview(last));
    }
}
