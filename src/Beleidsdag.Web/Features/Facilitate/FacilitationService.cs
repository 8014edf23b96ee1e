using Beleidsdag.Web.Configuration;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Facilitate;

public sealed record LiveStateView(
    int CurrentIndex,
    bool Blanked,
    bool ShowingGaps,
    IReadOnlyDictionary<string, QuestionState> Questions,
    IReadOnlyDictionary<string, ExerciseState> Exercises);

/// <summary>
/// Moving the room through the agenda, reading results and moderating. The console's buttons and keys and
/// the facilitator hub both call this, so a test or the load benchmark drives exactly what the facilitator drives.
/// </summary>
public sealed class FacilitationService(
    WorkshopRegistry registry,
    TimeProvider clock)
{
    public WorkshopRuntime? Find(string workshopId) => registry.FindById(workshopId);

    public Task<LiveStateView?> ForwardAsync(string workshopId) => MoveAsync(workshopId, (w, s, werkpunten) => RoomSteps.Forward(w, s, werkpunten));

    public Task<LiveStateView?> BackAsync(string workshopId) => MoveAsync(workshopId, (w, s, werkpunten) => RoomSteps.Back(w, s, werkpunten));

    /// <summary>Starts the countdown of the current group exercise at <paramref name="minutes"/>.</summary>
    public Task<LiveStateView?> StartTimerAsync(string workshopId, int minutes) =>
        ChangeTimerAsync(workshopId, (timer, now) => minutes is > 0 and <= 240 ? CountdownTimer.Start(TimeSpan.FromMinutes(minutes), now) : timer);

    public Task<LiveStateView?> PauseTimerAsync(string workshopId) => ChangeTimerAsync(workshopId, (timer, now) => timer.Pause(now));

    public Task<LiveStateView?> ResumeTimerAsync(string workshopId) => ChangeTimerAsync(workshopId, (timer, now) => timer.Resume(now));

    public Task<LiveStateView?> ExtendTimerAsync(string workshopId, int minutes) =>
        ChangeTimerAsync(workshopId, (timer, now) => minutes is > 0 and <= 120 ? timer.Extend(TimeSpan.FromMinutes(minutes), now) : timer);

    public Task<LiveStateView?> StopTimerAsync(string workshopId) => ChangeTimerAsync(workshopId, (_, _) => CountdownTimer.Stopped);

    public Task<bool> AssignEveryoneAsync(string workshopId, string exerciseId) =>
        OnRuntime(workshopId, runtime => runtime.AssignEveryoneAsync(exerciseId));

    /// <summary>Deals out only who has no group yet; who chose a table (or was put at one) stays there.</summary>
    public Task<bool> AssignUnseatedAsync(string workshopId, string exerciseId) =>
        OnRuntime(workshopId, runtime => runtime.AssignEveryoneAsync(exerciseId, onlyUnseated: true));

    /// <summary>Moves one person; everyone hears of it, since two groups' member counts change.</summary>
    public Task<bool> MoveToGroupAsync(string workshopId, string exerciseId, string participantId, string groupId) =>
        OnRuntime(workshopId, runtime => runtime.MoveToGroupAsync(exerciseId, participantId, groupId));

    public Task<bool> HideWerkpuntAsync(string workshopId, string werkpuntId, bool hidden) =>
        OnRuntime(workshopId, runtime => runtime.ReviseWerkpuntAsync(werkpuntId, w => w with { Hidden = hidden }));

    /// <summary>Merges a duplicate into another werkpunt: the duplicate is hidden and points to the one it joined.</summary>
    public Task<bool> MergeWerkpuntAsync(string workshopId, string werkpuntId, string intoId) =>
        OnRuntime(workshopId, runtime => werkpuntId == intoId
            ? Task.FromResult(false)
            : runtime.ReviseWerkpuntAsync(werkpuntId, w => w with { Hidden = true, MergedInto = intoId }));

    /// <summary>The facilitator's edit; a null <paramref name="chapter"/> keeps the werkpunt's chapter.</summary>
    public Task<bool> ReviseWerkpuntAsync(string workshopId, string werkpuntId, WerkpuntContent content, AfsprakennotaChapter? chapter = null) =>
        OnRuntime(workshopId, runtime => runtime.ReviseWerkpuntAsync(werkpuntId, w => w with { Content = WerkpuntRules.Clean(content), Chapter = chapter ?? w.Chapter }));

    /// <summary>Puts a werkpunt in another chapter of the afsprakennota (its key, e.g. "delegaties"); false for an unknown key.</summary>
    public Task<bool> SetWerkpuntChapterAsync(string workshopId, string werkpuntId, string? chapterKey) =>
        WerkpuntChapters.Parse(chapterKey) is { } chapter
            ? OnRuntime(workshopId, runtime => runtime.ReviseWerkpuntAsync(werkpuntId, w => w with { Chapter = chapter }))
            : Task.FromResult(false);

    private Task<LiveStateView?> ChangeTimerAsync(string workshopId, Func<CountdownTimer, DateTimeOffset, CountdownTimer> change) =>
        MoveAsync(workshopId, (w, s, _) => w.ActivityAt(s.CurrentIndex) is GroupExerciseActivity exercise
            ? s.With(exercise.Id, s.ExerciseOf(exercise.Id) with { Timer = change(s.ExerciseOf(exercise.Id).Timer, clock.GetUtcNow()) })
            : s);

    /// <summary>A change made through the runtime, which publishes it once committed (whom it concerns, too).</summary>
    private Task<bool> OnRuntime(string workshopId, Func<WorkshopRuntime, Task<bool>> change) =>
        Find(workshopId) is { } runtime ? change(runtime) : Task.FromResult(false);

    /// <summary>
    /// A key or button of the console (or of the screen opened from it): forward, back, open, close, and the toggles
    /// reveal, blank, split and gaps, which flip what the room sees now. Null for an unknown command.
    /// </summary>
    public Task<LiveStateView?> RunCommandAsync(string workshopId, string command)
    {
        var live = Find(workshopId)?.Live;
        var current = Find(workshopId)?.Workshop.ActivityAt(live?.CurrentIndex ?? LiveState.Lobby);
        var shown = live is not null && RoomSteps.VotedOnId(current) is { } id ? live.StateOf(id) : null;
        return command switch
        {
            "forward" => ForwardAsync(workshopId),
            "back" => BackAsync(workshopId),
            "open" => OpenAsync(workshopId),
            "close" => CloseAsync(workshopId),
            "reveal" => RevealAsync(workshopId, shown?.Revealed != true),
            "blank" => BlankAsync(workshopId, live?.Blanked != true),
            "split" => SplitBySideAsync(workshopId, shown?.SplitBySide != true),
            "gaps" => ShowGapsAsync(workshopId, live?.ShowingGaps != true),
            _ => Task.FromResult<LiveStateView?>(null),
        };
    }

    public Task<LiveStateView?> OpenAsync(string workshopId) => MoveAsync(workshopId, RoomSteps.Open);

    public Task<LiveStateView?> CloseAsync(string workshopId) => MoveAsync(workshopId, RoomSteps.Close);

    public Task<LiveStateView?> RevealAsync(string workshopId, bool revealed) =>
        MoveAsync(workshopId, (w, s) => RoomSteps.Reveal(w, s, revealed));

    public Task<LiveStateView?> BlankAsync(string workshopId, bool blanked) =>
        MoveAsync(workshopId, (_, s) => RoomSteps.Blank(s, blanked));

    public Task<LiveStateView?> GoToAsync(string workshopId, int index) =>
        MoveAsync(workshopId, (w, s) => RoomSteps.GoTo(w, s, index));

    public Task<LiveStateView?> SplitBySideAsync(string workshopId, bool split) =>
        MoveAsync(workshopId, (w, s) => RoomSteps.SplitBySide(w, s, split));

    public Task<LiveStateView?> ShowGapsAsync(string workshopId, bool showing) =>
        MoveAsync(workshopId, (_, s) => RoomSteps.ShowGaps(s, showing));

    public SplitResult? GetResult(string workshopId, string questionId) => Find(workshopId)?.GetResult(questionId);

    public IReadOnlyList<GapItem> GetGaps(string workshopId) => Find(workshopId)?.GetGaps(onlyRevealed: false) ?? [];

    public IReadOnlyList<OpenAnswerView> GetOpenAnswers(string workshopId, string questionId) =>
        Find(workshopId)?.GetOpenAnswers(questionId) ?? [];

    public ScreenView ScreenViewOf(WorkshopRuntime runtime, PhoneAddress address) => runtime.BuildScreenView(address);

    /// <summary>What the console shows, in one consistent read.</summary>
    public ConsoleView ConsoleViewOf(WorkshopRuntime runtime, PhoneAddress address) => runtime.BuildConsoleView(address);

    /// <summary>Removes a participant (docs/rules.md, "Removing a participant"); the numbers everyone sees change.</summary>
    public Task<bool> RemoveParticipantAsync(string workshopId, string participantId) =>
        OnRuntime(workshopId, runtime => runtime.RemoveParticipantAsync(participantId));

    public Task<bool> SetExpectedAsync(string workshopId, ExpectedTurnout expected) =>
        OnRuntime(workshopId, runtime => runtime.SetExpectedAsync(expected));

    /// <summary>"Alles goedkeuren": every answer still waiting is approved (hidden and merged ones stay as they are).</summary>
    public async Task<int> ApproveAllAsync(string workshopId, string questionId)
    {
        if (Find(workshopId) is not { } runtime)
        {
            return 0;
        }

        var approved = 0;
        foreach (var answer in runtime.GetOpenAnswers(questionId).Where(a => a.Status == ModerationStatus.Pending))
        {
            approved += await runtime.ModerateAsync(questionId, answer.ParticipantId, ModerationStatus.Approved, null) ? 1 : 0;
        }

        return approved;
    }

    public Task<bool> ModerateAsync(string workshopId, string questionId, string participantId, ModerationStatus status, string? mergeInto) =>
        OnRuntime(workshopId, runtime => runtime.ModerateAsync(questionId, participantId, status, mergeInto));

    private Task<LiveStateView?> MoveAsync(string workshopId, Func<Workshop, LiveState, LiveState> step) =>
        MoveAsync(workshopId, (w, s, _) => step(w, s));

    private async Task<LiveStateView?> MoveAsync(string workshopId, Func<Workshop, LiveState, Func<string, int, int>, LiveState> step)
    {
        if (Find(workshopId) is not { } runtime)
        {
            return null;
        }

        var after = await runtime.ChangeStageAsync(step);
        return new LiveStateView(after.CurrentIndex, after.Blanked, after.ShowingGaps, after.Questions, after.Exercises);
    }
}
