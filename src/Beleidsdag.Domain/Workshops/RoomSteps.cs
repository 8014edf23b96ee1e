namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// How the facilitator moves the room through the agenda. Forward (→, PageDown, Space on a clicker)
/// walks each question through: open → results revealed → next item; arriving at a question that was
/// never opened opens it, so the clicker needs two presses per question. Back undoes one step.
/// Leaving a question closes it: the phones follow the room, so nobody can answer it any more anyway.
/// </summary>
public static class RoomSteps
{
    /// <summary>For a group exercise, <paramref name="werkpuntenOf"/> gives (exercise id, group index) → its visible werkpunten.</summary>
    public static LiveState Forward(Workshop workshop, LiveState state, Func<string, int, int>? werkpuntenOf = null)
    {
        if (workshop.ActivityAt(state.CurrentIndex) is GroupExerciseActivity exercise
            && PlenarySteps.Forward(exercise, state, g => werkpuntenOf?.Invoke(exercise.Id, g) ?? 0) is { } inPlenary)
        {
            return inPlenary;
        }

        if (workshop.ActivityAt(state.CurrentIndex) is QuestionActivity { Question.Id: var id })
        {
            var question = state.StateOf(id);
            if (question.Phase == QuestionPhase.NotOpened)
            {
                return state.With(id, question with { Phase = QuestionPhase.Open });
            }

            if (!question.Revealed)
            {
                return state.With(id, question with { Revealed = true });
            }
        }

        if (VotingActivityId(workshop, state) is { } voting && !state.StateOf(voting).Revealed)
        {
            return state.With(voting, state.StateOf(voting) with { Revealed = true });
        }

        return state.CurrentIndex + 1 < workshop.Agenda.Count ? GoTo(workshop, state, state.CurrentIndex + 1) : state;
    }

    /// <summary>Prioritisation and consent: results are revealed like a question's, keyed by the activity id.</summary>
    private static string? VotingActivityId(Workshop workshop, LiveState state) =>
        workshop.ActivityAt(state.CurrentIndex) is PrioritisationActivity or ConsentActivity ? workshop.Agenda[state.CurrentIndex].Id : null;

    public static LiveState Back(Workshop workshop, LiveState state, Func<string, int, int>? werkpuntenOf = null)
    {
        if (workshop.ActivityAt(state.CurrentIndex) is GroupExerciseActivity exercise
            && PlenarySteps.Back(exercise, state, g => werkpuntenOf?.Invoke(exercise.Id, g) ?? 0) is { } inPlenary)
        {
            return inPlenary;
        }

        if (workshop.ActivityAt(state.CurrentIndex) is QuestionActivity { Question.Id: var id }
            && state.StateOf(id) is { Revealed: true } question)
        {
            return state.With(id, question with { Revealed = false });
        }

        if (VotingActivityId(workshop, state) is { } voting && state.StateOf(voting).Revealed)
        {
            return state.With(voting, state.StateOf(voting) with { Revealed = false });
        }

        return state.CurrentIndex > LiveState.Lobby ? GoTo(workshop, state, state.CurrentIndex - 1) : state;
    }

    /// <summary>Jumps to an item (or the lobby, -1). A question reached for the first time opens.</summary>
    public static LiveState GoTo(Workshop workshop, LiveState state, int index)
    {
        if (index < LiveState.Lobby || index >= workshop.Agenda.Count || index == state.CurrentIndex)
        {
            return state;
        }

        var next = SetPhase(workshop, state, QuestionPhase.Closed, onlyIfOpen: true) with { CurrentIndex = index, ShowingGaps = false };
        return workshop.ActivityAt(index) is QuestionActivity { Question.Id: var id }
            && next.StateOf(id).Phase == QuestionPhase.NotOpened
            ? next.With(id, next.StateOf(id) with { Phase = QuestionPhase.Open })
            : next;
    }

    public static LiveState Open(Workshop workshop, LiveState state) =>
        SetPhase(workshop, state, QuestionPhase.Open, onlyIfOpen: false);

    public static LiveState Close(Workshop workshop, LiveState state) =>
        SetPhase(workshop, state, QuestionPhase.Closed, onlyIfOpen: true);

    public static LiveState Reveal(Workshop workshop, LiveState state, bool revealed) =>
        ((workshop.ActivityAt(state.CurrentIndex) as QuestionActivity)?.Question.Id ?? VotingActivityId(workshop, state)) is { } id
            ? state.With(id, state.StateOf(id) with { Revealed = revealed })
            : state;

    public static LiveState Blank(LiveState state, bool blanked) => state with { Blanked = blanked };

    /// <summary>Shows the current question's result split by side (results must be revealed for the room to see it).</summary>
    public static LiveState SplitBySide(Workshop workshop, LiveState state, bool split) =>
        workshop.ActivityAt(state.CurrentIndex) is QuestionActivity { Question.Id: var id }
            ? state.With(id, state.StateOf(id) with { SplitBySide = split })
            : state;

    public static LiveState ShowGaps(LiveState state, bool showing) => state with { ShowingGaps = showing };

    private static LiveState SetPhase(Workshop workshop, LiveState state, QuestionPhase phase, bool onlyIfOpen)
    {
        if (workshop.ActivityAt(state.CurrentIndex) is not QuestionActivity { Question.Id: var id })
        {
            return state;
        }

        var question = state.StateOf(id);
        return onlyIfOpen && question.Phase != QuestionPhase.Open ? state : state.With(id, question with { Phase = phase });
    }
}

/// <summary>
/// The clicker during a group exercise: forward from the group work starts the plenary feedback, then walks
/// group by group and werkpunt by werkpunt (groups without werkpunten are skipped); after the last werkpunt
/// of the last group it leaves the exercise. Back walks the same way backwards, and out of the plenary.
/// </summary>
public static class PlenarySteps
{
    /// <summary><paramref name="itemsOf"/> gives the number of (visible) werkpunten of a group, by index. Null: leave the exercise.</summary>
    public static LiveState? Forward(GroupExerciseActivity exercise, LiveState state, Func<int, int> itemsOf)
    {
        var current = state.ExerciseOf(exercise.Id);
        if (current.Plenary && current.PlenaryItem + 1 < itemsOf(current.PlenaryGroup))
        {
            return state.With(exercise.Id, current with { PlenaryItem = current.PlenaryItem + 1 });
        }

        var from = current.Plenary ? current.PlenaryGroup + 1 : 0;
        var next = Enumerable.Range(from, Math.Max(0, exercise.Groups.Count - from)).Where(g => itemsOf(g) > 0).Select(g => (int?)g).FirstOrDefault();
        return next is { } group
            ? state.With(exercise.Id, current with { Plenary = true, PlenaryGroup = group, PlenaryItem = 0 })
            : null;
    }

    /// <summary>Null: step back out of the exercise (to the previous agenda item).</summary>
    public static LiveState? Back(GroupExerciseActivity exercise, LiveState state, Func<int, int> itemsOf)
    {
        var current = state.ExerciseOf(exercise.Id);
        if (!current.Plenary)
        {
            return null;
        }

        if (current.PlenaryItem > 0)
        {
            return state.With(exercise.Id, current with { PlenaryItem = current.PlenaryItem - 1 });
        }

        var previous = Enumerable.Range(0, current.PlenaryGroup).Reverse().Where(g => itemsOf(g) > 0).Select(g => (int?)g).FirstOrDefault();
        return previous is { } group
            ? state.With(exercise.Id, current with { PlenaryGroup = group, PlenaryItem = itemsOf(group) - 1 })
            : state.With(exercise.Id, current with { Plenary = false });
    }
}
