using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Groups;

public class PlenaryStepsTests
{
    private static readonly GroupExerciseActivity Exercise = new("ex", "Oefening",
        [new("g1", "Beleidsvoorbereiding", BeleidscyclusPhase.Beleidsvoorbereiding, ["?"]), new("g2", "Beleidsbeslissing", BeleidscyclusPhase.Beleidsbeslissing, ["?"]),
         new("g3", "Beleidsuitvoering", BeleidscyclusPhase.Beleidsuitvoering, ["?"])], "s", "o", 3);

    // Group 1 has 2 werkpunten, group 2 none, group 3 one.
    private static int ItemsOf(int group) => group switch { 0 => 2, 2 => 1, _ => 0 };

    [Fact]
    public void Forward_WalksEveryWerkpunt_SkipsEmptyGroups_ThenLeaves()
    {
        var steps = new List<(int, int)>();
        var state = LiveState.Start;
        while (PlenarySteps.Forward(Exercise, state, ItemsOf) is { } next)
        {
            state = next;
            steps.Add((state.ExerciseOf("ex").PlenaryGroup, state.ExerciseOf("ex").PlenaryItem));
        }

        Assert.Equal([(0, 0), (0, 1), (2, 0)], steps);
    }

    [Fact]
    public void Back_FromTheLastGroup_ReturnsToThePreviousGroupsLastWerkpunt_ThenToTheGroupWork()
    {
        var atEnd = LiveState.Start.With("ex", ExerciseState.Initial with { Plenary = true, PlenaryGroup = 2, PlenaryItem = 0 });

        var back = PlenarySteps.Back(Exercise, atEnd, ItemsOf)!;
        var first = PlenarySteps.Back(Exercise, back, ItemsOf)!;
        var working = PlenarySteps.Back(Exercise, first, ItemsOf)!;

        Assert.Equal((0, 1), (back.ExerciseOf("ex").PlenaryGroup, back.ExerciseOf("ex").PlenaryItem));
        Assert.Equal((0, 0), (first.ExerciseOf("ex").PlenaryGroup, first.ExerciseOf("ex").PlenaryItem));
        Assert.False(working.ExerciseOf("ex").Plenary);
        Assert.Null(PlenarySteps.Back(Exercise, working, ItemsOf));
    }
}
