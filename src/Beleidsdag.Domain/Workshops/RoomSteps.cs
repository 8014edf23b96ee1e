namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// How the facilitator moves the room through the agenda. Forward (→, PageDown, Space on a clicker)
/// walks each question through: open → results revealed (which closes voting) → next item; arriving at a
/// question that was never opened opens it, so the clicker needs two presses per question. Back undoes one
/// step, except that hidden results do not reopen voting. Leaving a question closes it: the phones follow
/// the room, so nobody can answer it any more anyway. Prioritisation and consent rounds go the same way.
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

        if (VotedOnId(workshop.ActivityAt(state.CurrentIndex)) is { } id)
        {
            var current = state.StateOf(id);
            if (current.Phase == QuestionPhase.NotOpened && workshop.ActivityAt(state.CurrentIndex) is QuestionActivity)
            {
                return state.With(id, current with { Phase = QuestionPhase.Open });
            }

            if (!current.Revealed)
            {
                return Reveal(workshop, state, true);
            }
        }

        return state.CurrentIndex + 1 < workshop.Agenda.Count ? GoTo(workshop, state, state.CurrentIndex + 1) : state;
    }

    /// <summary>
    /// What the room votes on at this item, keyed as in <see cref="LiveState.Questions"/>: a question's id, or the
    /// activity id of a prioritisation or consent round (their results are revealed like a question's).
    /// </summary>
    public static string? VotedOnId(Activity? activity) => activity switch
    {
        QuestionActivity q => q.Question.Id,
        PrioritisationActivity or ConsentActivity => activity.Id,
        _ => null,
    };

    /// <summary>Prioritisation and consent are open while they are on screen and not closed (databases from before phases count as open).</summary>
    public static bool IsVotingOpen(Workshop workshop, LiveState state, string activityId) =>
        workshop.ActivityAt(state.CurrentIndex)?.Id == activityId && state.StateOf(activityId).Phase != QuestionPhase.Closed;

    public static LiveState Back(Workshop workshop, LiveState state, Func<string, int, int>? werkpuntenOf = null)
    {
        if (workshop.ActivityAt(state.CurrentIndex) is GroupExerciseActivity exercise
            && PlenarySteps.Back(exercise, state, g => werkpuntenOf?.Invoke(exercise.Id, g) ?? 0) is { } inPlenary)
        {
            return inPlenary;
        }

        // Hiding the results again does not reopen voting: the room has seen them.
        if (VotedOnId(workshop.ActivityAt(state.CurrentIndex)) is { } id && state.StateOf(id) is { Revealed: true } current)
        {
            return state.With(id, current with { Revealed = false });
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
        return VotedOnId(workshop.ActivityAt(index)) is { } id && next.StateOf(id).Phase == QuestionPhase.NotOpened
            ? next.With(id, next.StateOf(id) with { Phase = QuestionPhase.Open })
            : next;
    }

    /// <summary>Opens (or reopens) voting on the current item; the console warns first when its figures already left the app.</summary>
    public static LiveState Open(Workshop workshop, LiveState state) =>
        SetPhase(workshop, state, QuestionPhase.Open, onlyIfOpen: false);

    public static LiveState Close(Workshop workshop, LiveState state) =>
        SetPhase(workshop, state, QuestionPhase.Closed, onlyIfOpen: true);

    /// <summary>
    /// Revealing the results closes voting (nobody changes an answer after seeing the split), unless the question
    /// is marked to stay open while its results show. Hiding them again leaves voting as it is.
    /// </summary>
    public static LiveState Reveal(Workshop workshop, LiveState state, bool revealed)
    {
        var activity = workshop.ActivityAt(state.CurrentIndex);
        if (VotedOnId(activity) is not { } id)
        {
            return state;
        }

        var current = state.StateOf(id) with { Revealed = revealed };
        var staysOpen = activity is QuestionActivity { Question.StaysOpenWhileRevealed: true };
        return state.With(id, revealed && !staysOpen && current.Phase == QuestionPhase.Open ? current with { Phase = QuestionPhase.Closed } : current);
    }

    public static LiveState Blank(LiveState state, bool blanked) => state with { Blanked = blanked };

    /// <summary>Shows the current question's result split by side (results must be revealed for the room to see it).</summary>
    public static LiveState SplitBySide(Workshop workshop, LiveState state, bool split) =>
        workshop.ActivityAt(state.CurrentIndex) is QuestionActivity { Question.Id: var id }
            ? state.With(id, state.StateOf(id) with { SplitBySide = split })
            : state;

    public static LiveState ShowGaps(LiveState state, bool showing) => state with { ShowingGaps = showing };

    private static LiveState SetPhase(Workshop workshop, LiveState state, QuestionPhase phase, bool onlyIfOpen)
    {
        if (VotedOnId(workshop.ActivityAt(state.CurrentIndex)) is not { } id)
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
