using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// What replacing a workshop's agenda by an edited one means: whether it is allowed, which answers and
/// werkpunten it drops (to confirm first), and where the room is afterwards (the same item, found by id).
/// </summary>
public sealed record AgendaRevision(
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Consequences,
    IReadOnlyList<Answer> DroppedAnswers,
    IReadOnlyList<Answer> TrimmedAnswers,
    IReadOnlyList<string> RemovedExerciseIds,
    LiveState Live)
{
    public bool IsAllowed => Errors.Count == 0;

    /// <summary>The edit drops answers or werkpunten: the facilitator confirms it first.</summary>
    public bool NeedsConfirmation => Consequences.Count > 0;

    /// <summary>
    /// Plans replacing <paramref name="workshop"/>'s agenda by <paramref name="next"/> while the room is at
    /// <paramref name="live"/>. <paramref name="answersOf"/> gives a question's current answers (by question id),
    /// <paramref name="heldBy"/> what another item holds (by activity id): a group exercise's werkpunten, or how many
    /// took part in a prioritisation or consent round.
    /// </summary>
    public static AgendaRevision Plan(
        Workshop workshop,
        LiveState live,
        IReadOnlyList<Activity> next,
        Func<string, IReadOnlyCollection<Answer>> answersOf,
        Func<string, int> heldBy)
    {
        var errors = new List<string>(AgendaRules.Validate(next));
        var consequences = new List<string>();
        var dropped = new List<Answer>();
        var trimmed = new List<Answer>();
        var nextById = next.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var before in workshop.Agenda)
        {
            if (!nextById.TryGetValue(before.Id, out var after))
            {
                Removed(before, answersOf, heldBy, consequences, dropped);
            }
            else if (Identity(before, after, answersOf) is { } refusal)
            {
                errors.Add(refusal);
            }
            else if (before is QuestionActivity && after is QuestionActivity edited)
            {
                Edited(edited.Question, answersOf(edited.Question.Id), consequences, dropped, trimmed);
            }
        }

        var current = workshop.ActivityAt(live.CurrentIndex);
        var index = current is null ? LiveState.Lobby : IndexOf(next, current.Id);
        if (current is not null && index < 0)
        {
            errors.Add($"“{current.Caption}” staat nu op het scherm en kan je niet verwijderen. Ga eerst naar een ander onderdeel.");
        }

        var removedExercises = workshop.Agenda.OfType<GroupExerciseActivity>().Where(e => !nextById.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        return new AgendaRevision(errors, consequences, dropped, trimmed, removedExercises, Prune(live, next) with { CurrentIndex = Math.Max(index, LiveState.Lobby) });
    }

    private static void Removed(Activity before, Func<string, IReadOnlyCollection<Answer>> answersOf, Func<string, int> heldBy, List<string> consequences, List<Answer> dropped)
    {
        if (before is QuestionActivity q && answersOf(q.Question.Id) is { Count: > 0 } answers)
        {
            dropped.AddRange(answers);
            consequences.Add($"De vraag “{q.Question.Text}” heeft {Count(answers.Count)}; die vervallen.");
        }
        else if (before is GroupExerciseActivity e && heldBy(e.Id) is > 0 and var werkpunten)
        {
            consequences.Add($"De groepsoefening “{e.Title}” heeft {werkpunten} {(werkpunten == 1 ? "werkpunt" : "werkpunten")}; die vervallen.");
        }
        else if (before is PrioritisationActivity or ConsentActivity && heldBy(before.Id) is > 0 and var voters)
        {
            consequences.Add($"“{before.Caption}” heeft al stemmen van {voters} {(voters == 1 ? "deelnemer" : "deelnemers")}; die vervallen.");
        }
    }

    /// <summary>Ids never change, and neither does what they name: templates and the follow-up comparison match on them.</summary>
    private static string? Identity(Activity before, Activity after, Func<string, IReadOnlyCollection<Answer>> answersOf) => (before, after) switch
    {
        _ when before.Kind != after.Kind => $"“{before.Caption}” kan niet van soort veranderen.",
        (QuestionActivity b, QuestionActivity a) when b.Question.Id != a.Question.Id => $"De vraag “{b.Question.Text}” houdt haar id.",
        (QuestionActivity b, QuestionActivity a) when b.Question.Type != a.Question.Type && answersOf(b.Question.Id).Count > 0 =>
            $"De vraag “{b.Question.Text}” heeft al antwoorden: de soort vraag kan niet meer veranderen. Maak een nieuwe vraag.",
        (GroupExerciseActivity b, GroupExerciseActivity a) when !b.Groups.Select(g => g.Id).SequenceEqual(a.Groups.Select(g => g.Id), StringComparer.Ordinal) =>
            $"De groepen van “{b.Title}” pas je hier niet aan.",
        _ => null,
    };

    private static void Edited(Question edited, IReadOnlyCollection<Answer> answers, List<string> consequences, List<Answer> dropped, List<Answer> trimmed)
    {
        var fates = answers.Select(a => AnswerAdaptation.Adapt(edited, a)).ToList();
        var removedChoice = fates.Count(f => f.Fate == AnswerFate.DroppedRemovedChoice);
        var invalid = fates.Count(f => f.Fate == AnswerFate.DroppedInvalid);
        dropped.AddRange(fates.Where(f => f.Fate is AnswerFate.DroppedRemovedChoice or AnswerFate.DroppedInvalid).Select(f => f.Answer));
        trimmed.AddRange(fates.Where(f => f.Fate == AnswerFate.Trimmed).Select(f => f.Answer));
        if (removedChoice > 0)
        {
            consequences.Add(removedChoice == 1
                ? "1 antwoord koos een optie die je verwijdert; dat antwoord vervalt."
                : $"{removedChoice} antwoorden kozen een optie die je verwijdert; die antwoorden vervallen.");
        }

        if (invalid > 0)
        {
            consequences.Add(invalid == 1
                ? "1 antwoord past niet meer bij de gewijzigde vraag; dat antwoord vervalt."
                : $"{invalid} antwoorden passen niet meer bij de gewijzigde vraag; die antwoorden vervallen.");
        }
    }

    /// <summary>Forgets the live state of items that are gone, so a stale entry never outlives its item.</summary>
    private static LiveState Prune(LiveState live, IReadOnlyList<Activity> next)
    {
        var keys = next.Select(a => a.Id).Concat(next.OfType<QuestionActivity>().Select(q => q.Question.Id)).ToHashSet(StringComparer.Ordinal);
        return live with
        {
            Questions = live.Questions.Where(q => keys.Contains(q.Key)).ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal),
            Exercises = live.Exercises.Where(e => keys.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
        };
    }

    private static int IndexOf(IReadOnlyList<Activity> agenda, string id)
    {
        for (var i = 0; i < agenda.Count; i++)
        {
            if (agenda[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Count(int answers) => answers == 1 ? "1 antwoord" : $"{answers} antwoorden";
}
