using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.EditAgenda;

/// <summary>One agenda item as the editor lists it.</summary>
public sealed record AgendaEntry(Activity Activity, int Position, bool OnScreen, int Answers);

/// <summary>
/// Editing a workshop's agenda, before and during the day. Every change goes through the runtime (validated,
/// committed), which then publishes it: the console and the screen re-render, phones get the new room state.
/// An edit that would drop answers or werkpunten comes back as <see cref="AgendaChangeStatus.NeedsConfirmation"/>
/// until it is sent again with <c>confirmed: true</c>.
/// </summary>
public sealed class AgendaEditingService(WorkshopRegistry registry)
{
    public Workshop? Find(string workshopId) => registry.FindById(workshopId)?.Workshop;

    public IReadOnlyList<AgendaEntry> Entries(string workshopId)
    {
        if (registry.FindById(workshopId) is not { } runtime)
        {
            return [];
        }

        var agenda = runtime.Workshop.Agenda;
        var current = runtime.Live.CurrentIndex;
        return [.. agenda.Select((a, i) => new AgendaEntry(a, i + 1, i == current, a is QuestionActivity q ? runtime.AnswerCount(q.Question.Id) : 0))];
    }

    /// <summary>Moves an item <paramref name="offset"/> places (−1 up, +1 down); the room stays on the item it shows.</summary>
    public Task<AgendaChange> MoveAsync(string workshopId, string activityId, int offset) =>
        ReviseAsync(workshopId, activityId, agenda =>
        {
            var list = agenda.ToList();
            var from = list.FindIndex(a => a.Id == activityId);
            if (from < 0)
            {
                return agenda;
            }

            var to = Math.Clamp(from + offset, 0, list.Count - 1);
            var item = list[from];
            list.RemoveAt(from);
            list.Insert(to, item);
            return list;
        }, confirmed: false);

    public Task<AgendaChange> RemoveAsync(string workshopId, string activityId, bool confirmed) =>
        ReviseAsync(workshopId, activityId, agenda => [.. agenda.Where(a => a.Id != activityId)], confirmed);

    /// <summary>Saves an edited question, or adds a new one at the end when <paramref name="activityId"/> is null.</summary>
    public Task<AgendaChange> SaveQuestionAsync(string workshopId, string? activityId, QuestionDraft draft, IReadOnlyList<string?> optionIds, bool confirmed) =>
        activityId is null
            ? ReviseAsync(workshopId, null, agenda => [.. agenda, new QuestionActivity(SecretKey.NewId(), QuestionEdit.Apply(null, draft, optionIds))], confirmed)
            : ReplaceAsync(workshopId, activityId, a => a is QuestionActivity q ? q with { Question = QuestionEdit.Apply(q.Question, draft, optionIds) } : a, confirmed);

    /// <summary>Saves an info slide, or adds a new one at the end when <paramref name="activityId"/> is null.</summary>
    public Task<AgendaChange> SaveInfoAsync(string workshopId, string? activityId, string title, string body) =>
        activityId is null
            ? ReviseAsync(workshopId, null, agenda => [.. agenda, new InfoActivity(SecretKey.NewId(), title.Trim(), body.Trim())], confirmed: false)
            : ReplaceAsync(workshopId, activityId, a => a is InfoActivity i ? i with { Title = title.Trim(), Body = body.Trim() } : a, confirmed: false);

    /// <summary>The title of a group exercise, prioritisation or consent round, and a prioritisation's dots.</summary>
    public Task<AgendaChange> SaveTitleAsync(string workshopId, string activityId, string title, int? dots) =>
        ReplaceAsync(workshopId, activityId, a => a switch
        {
            PrioritisationActivity p => p with { Title = title.Trim(), Dots = dots ?? p.Dots },
            ConsentActivity c => c with { Title = title.Trim() },
            GroupExerciseActivity g => g with { Title = title.Trim() },
            DelegationsActivity d => d with { Title = title.Trim() },
            EvaluationActivity e => e with { Title = title.Trim() },
            _ => a,
        }, confirmed: false);

    /// <summary>Adds a delegations item at the end, with the presentation's three domains; it feeds the chapter Delegaties.</summary>
    public Task<AgendaChange> AddDelegationsAsync(string workshopId, string title) =>
        ReviseAsync(workshopId, null, agenda => [.. agenda, new DelegationsActivity(SecretKey.NewId(), title.Trim(), DelegationRules.DefaultDomains) { Chapter = AfsprakennotaChapter.Delegaties }], confirmed: false);

    /// <summary>Adds an evaluation item at the end (how the agreements are evaluated, what happens at a breach).</summary>
    public Task<AgendaChange> AddEvaluationAsync(string workshopId, string title) =>
        ReviseAsync(workshopId, null, agenda => [.. agenda, new EvaluationActivity(SecretKey.NewId(), title.Trim()) { Chapter = AfsprakennotaChapter.Werkafspraken }], confirmed: false);

    private Task<AgendaChange> ReplaceAsync(string workshopId, string activityId, Func<Activity, Activity> edit, bool confirmed) =>
        ReviseAsync(workshopId, activityId, agenda => [.. agenda.Select(a => a.Id == activityId ? edit(a) : a)], confirmed);

    private async Task<AgendaChange> ReviseAsync(string workshopId, string? activityId, Func<IReadOnlyList<Activity>, IReadOnlyList<Activity>> edit, bool confirmed)
    {
        if (registry.FindById(workshopId) is not { } runtime
            || (activityId is not null && runtime.Workshop.Agenda.All(a => a.Id != activityId)))
        {
            return AgendaChange.NotFound;
        }

        return await runtime.ReviseAgendaAsync(edit, confirmed);
    }
}
