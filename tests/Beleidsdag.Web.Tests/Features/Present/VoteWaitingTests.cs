using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Present.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Present;

public class VoteWaitingTests
{
    private static ActivityView Vote(ActivityKind kind, int dots) =>
        new("a", kind, 3, 4, null, QuestionPhase.NotOpened, false, false)
        {
            Title = "Prioriteren: welke werkpunten eerst?",
            Vote = new VoteView(dots, [Werkpunt("w1", "g1", "A"), Werkpunt("w2", "g2", "B")]),
        };

    [Fact]
    public async Task VoteWaiting_ForPrioritisation_SaysHowManyDotsAndHowManyVoted()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<VoteWaiting>(p => p.Add(c => c.Activity, Vote(ActivityKind.Prioritisation, 3)).Add(c => c.Voted, 12));

        Assert.Equal("Stem op je telefoon: verdeel je 3 stippen", cut.Find("[data-testid=vote-call]").TextContent);
        Assert.Equal("12 deelnemers stemden", cut.Find("[data-testid=voted]").TextContent);
        Assert.Equal("2 werkpunten om over te stemmen", cut.Find("[data-testid=vote-werkpunten]").TextContent);
    }

    [Fact]
    public async Task VoteWaiting_ForTheConsentRound_ExplainsTheThreeChoices()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<VoteWaiting>(p => p.Add(c => c.Activity, Vote(ActivityKind.ConsentRound, 0)));

        Assert.Equal(["✔ akkoord", "! bedenking", "✖ bezwaar"], cut.FindAll(".consent-meaning .consent-count").Select(c => Squashed(c.TextContent)));
        Assert.Empty(cut.FindAll("[data-testid=voted]"));
    }
}
