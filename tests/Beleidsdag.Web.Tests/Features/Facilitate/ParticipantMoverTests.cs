using Beleidsdag.Domain.Participants;
using Beleidsdag.Web.Features.Facilitate.Components;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public class ParticipantMoverTests
{
    private static Participant Joined(string id, Side? side, int minute) => new(id, "ws", "hash", side, Now.AddMinutes(minute));

    [Fact]
    public async Task ParticipantMover_NumbersParticipantsByJoinOrder_WithTheirSide()
    {
        await using var ctx = TestServices.NewContext();
        var members = MemberRow.From([(Joined("zz", Side.Mat, 1), "g2"), (Joined("aa", Side.CbsVb, 5), null), (Joined("mm", null, 0), "g1")]);

        var cut = ctx.Render<ParticipantMover>(p => p
            .Add(c => c.Members, members)
            .Add(c => c.Groups, FourPhases)
            .Add(c => c.OnMove, _ => { }));

        Assert.Equal(
            ["Deelnemer 1 nog geen kant", "Deelnemer 2 MAT", "Deelnemer 3 CBS/VB"],
            cut.FindAll("[data-testid=member-row] label").Select(l => Squashed(l.TextContent)));
        Assert.Equal(["mm", "zz", "aa"], members.Select(m => m.ParticipantId));
    }

    [Fact]
    public async Task ParticipantMover_ChoosingAGroup_AsksToMoveThatParticipant()
    {
        await using var ctx = TestServices.NewContext();
        GroupMove? asked = null;
        var members = MemberRow.From([(Joined("p1", Side.Mat, 0), null), (Joined("p2", Side.CbsVb, 1), "g1")]);

        var cut = ctx.Render<ParticipantMover>(p => p
            .Add(c => c.Members, members)
            .Add(c => c.Groups, FourPhases)
            .Add(c => c.OnMove, m => asked = m));
        var selects = cut.FindAll("[data-testid=member-row] select");
        Assert.Equal("nog geen groep", selects[0].QuerySelector("option[disabled]")!.TextContent);
        selects[0].Change("g3");

        Assert.Equal(new GroupMove("p1", "g3"), asked);
    }
}
