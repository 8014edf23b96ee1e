using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>Where the plenary feedback is: the group and werkpunt the screen shows, counted from 1.</summary>
public sealed record PlenaryPosition(int Group, int Groups, int Item, int Items, GroupView? GroupView)
{
    public static PlenaryPosition Of(ExerciseScreen screen)
    {
        var exercise = screen.Exercise;
        var group = exercise.Groups.ElementAtOrDefault(exercise.PlenaryGroup);
        var items = group is null ? 0 : screen.Groups.FirstOrDefault(g => g.GroupId == group.Id)?.Werkpunten ?? 0;
        return new PlenaryPosition(exercise.PlenaryGroup + 1, exercise.Groups.Count, exercise.PlenaryItem + 1, items, group);
    }

    /// <summary>"Groep 2 van 4 · werkpunt 1 van 3".</summary>
    public string Text => Items == 0
        ? $"Groep {Group} van {Groups} · geen werkpunten"
        : $"Groep {Group} van {Groups} · werkpunt {Math.Min(Item, Items)} van {Items}";
}
