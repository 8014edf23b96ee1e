using Beleidsdag.Domain.Participants;
using Beleidsdag.Web.Features.Facilitate.Components;
using Beleidsdag.Web.Live;
using static Beleidsdag.Web.Tests.Features.Present.GroupBuilders;
using static Beleidsdag.Web.Tests.Features.Present.ResultBuilders;

namespace Beleidsdag.Web.Tests.Features.Facilitate;

public class ParticipantsPanelTests
{
    private static List<ParticipantRow> Joined(int cbsVb, int mat, int removed = 0) =>
    [
        .. Enumerable.Range(0, cbsVb).Select(i => new ParticipantRow($"c{i}", i + 1, Side.CbsVb, Now, true, false)),
        .. Enumerable.Range(0, mat).Select(i => new ParticipantRow($"m{i}", cbsVb + i + 1, Side.Mat, Now, true, false)),
        .. Enumerable.Range(0, removed).Select(i => new ParticipantRow($"r{i}", 100 + i, Side.CbsVb, Now, false, true)),
    ];

    [Fact]
    public async Task ParticipantsPanel_MoreJoinedThanExpected_MarksThatSide()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ParticipantsPanel>(p => p
            .Add(c => c.Participants, Joined(cbsVb: 9, mat: 8, removed: 2))
            .Add(c => c.Expected, new ExpectedTurnout(7, 9))
            .Add(c => c.OnExpected, _ => { })
            .Add(c => c.OnRemove, _ => { }));

        var cbs = cut.Find("[data-testid=joined-cbs]");
        var mat = cut.Find("[data-testid=joined-mat]");
        Assert.Equal("CBS/VB 9 van 7 ⚠", Squashed(cbs.TextContent));
        Assert.Contains("is-exceeded", cbs.ClassName, StringComparison.Ordinal);
        Assert.Equal("MAT 8 van 9", Squashed(mat.TextContent));
        Assert.DoesNotContain("is-exceeded", mat.ClassName ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipantsPanel_WithoutExpectation_ShowsOnlyWhoJoined()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ParticipantsPanel>(p => p
            .Add(c => c.Participants, Joined(cbsVb: 3, mat: 4))
            .Add(c => c.Expected, ExpectedTurnout.None)
            .Add(c => c.OnExpected, _ => { })
            .Add(c => c.OnRemove, _ => { }));

        Assert.Equal("CBS/VB 3", Squashed(cut.Find("[data-testid=joined-cbs]").TextContent));
        Assert.Equal("Anders 0", Squashed(cut.Find("[data-testid=joined-anders]").TextContent));
    }
}
