using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using FsCheck;
using FsCheck.Fluent;

namespace Beleidsdag.Domain.Tests.Groups;

public class GroupAssignmentTests
{
    private static readonly string[] FourGroups = ["g1", "g2", "g3", "g4"];

    [Fact]
    public void Balance_SevenCbsAndTwelveMat_OverFourGroups_GivesEveryGroupBothSides()
    {
        var people = Enumerable.Range(0, 7).Select(i => ($"c{i:00}", (Side?)Side.CbsVb))
            .Concat(Enumerable.Range(0, 12).Select(i => ($"m{i:00}", (Side?)Side.Mat))).ToList();

        var assignment = GroupAssignment.Balance(people, FourGroups);

        foreach (var group in FourGroups)
        {
            var members = people.Where(p => assignment[p.Item1] == group).ToList();
            Assert.InRange(members.Count(m => m.Item2 == Side.CbsVb), 1, 2);
            Assert.Equal(3, members.Count(m => m.Item2 == Side.Mat));
        }
    }

    [Fact]
    public void Balance_PerSide_GroupsDifferByAtMostOne() =>
        Prop.ForAll(Gen.Elements<Side?>(Side.CbsVb, Side.Mat, Side.Anders, null).ArrayOf().ToArbitrary(), sides =>
        {
            var people = sides.Select((s, i) => ($"p{i:000}", s)).ToList();
            var assignment = GroupAssignment.Balance(people, FourGroups);
            return assignment.Count == people.Count && sides.Distinct().All(side =>
            {
                var counts = FourGroups.Select(g => people.Count(p => p.s == side && assignment[p.Item1] == g)).ToList();
                return counts.Max() - counts.Min() <= 1;
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Balance_WithPeopleAlreadySeated_FillsUpAroundThem()
    {
        // Three CBS/VB members scanned group 1's code; four newcomers of CBS/VB are dealt to the other groups first.
        var seated = new[] { ("g1", (Side?)Side.CbsVb), ("g1", (Side?)Side.CbsVb), ("g1", (Side?)Side.CbsVb) };
        var newcomers = Enumerable.Range(0, 4).Select(i => ($"c{i}", (Side?)Side.CbsVb)).ToList();

        var assignment = GroupAssignment.Balance(newcomers, FourGroups, seated);

        Assert.Equal(["g2", "g2", "g3", "g4"], assignment.Values.Order());
    }
}
