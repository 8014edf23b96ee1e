using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Facilitate;

/// <summary>
/// What "Verder" (→, the clicker) will do from here, in the facilitator's words: read off the step the room
/// would take, so it can never disagree with what the button really does.
/// </summary>
public static class ForwardPreview
{
    public static string Describe(Workshop workshop, LiveState before, LiveState after)
    {
        if (after == before)
        {
            return "Einde van de agenda: Verder doet niets meer.";
        }

        if (after.CurrentIndex != before.CurrentIndex)
        {
            var next = workshop.ActivityAt(after.CurrentIndex);
            var opens = RoomSteps.VotedOnId(next) is { } id && before.StateOf(id).Phase == QuestionPhase.NotOpened && after.StateOf(id).Phase == QuestionPhase.Open;
            return $"Gaat naar onderdeel {after.CurrentIndex + 1}{(opens ? " en opent de stemming" : string.Empty)}.";
        }

        var current = workshop.ActivityAt(before.CurrentIndex);
        if (current is GroupExerciseActivity exercise)
        {
            return Plenary(exercise, before.ExerciseOf(exercise.Id), after.ExerciseOf(exercise.Id));
        }

        if (RoomSteps.VotedOnId(current) is { } votedOn)
        {
            var (was, will) = (before.StateOf(votedOn), after.StateOf(votedOn));
            if (!was.Revealed && will.Revealed)
            {
                return will.Phase == QuestionPhase.Open
                    ? "Toont de resultaten; de stemming blijft open."
                    : "Toont de resultaten en sluit de stemming.";
            }

            if (was.Phase != QuestionPhase.Open && will.Phase == QuestionPhase.Open)
            {
                return "Opent de stemming.";
            }
        }

        return "Gaat een stap verder.";
    }

    private static string Plenary(GroupExerciseActivity exercise, ExerciseState was, ExerciseState will)
    {
        var group = exercise.Groups.ElementAtOrDefault(will.PlenaryGroup)?.Name ?? "de volgende groep";
        if (!was.Plenary && will.Plenary)
        {
            return $"Start de terugkoppeling met {group}.";
        }

        return will.PlenaryGroup != was.PlenaryGroup
            ? $"Gaat naar de volgende groep: {group}."
            : $"Toont het volgende werkpunt van {group}.";
    }
}
