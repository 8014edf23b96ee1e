using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Hosting;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Realtime;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Features.Facilitate;

public sealed record LiveStateView(int CurrentIndex, bool Blanked, bool ShowingGaps, IReadOnlyDictionary<string, QuestionState> Questions);

/// <summary>
/// Moving the room through the agenda, reading results and moderating. The console's buttons and keys and
/// the facilitator hub both call this, so a test or the load benchmark drives exactly what the facilitator drives.
/// </summary>
public sealed class FacilitationService(
    WorkshopRegistry registry,
    WorkshopNotifier notifier,
    LiveBroadcaster broadcaster,
    IOptions<BeleidsdagOptions> options)
{
    private int MinimumPerSide => options.Value.MinimumPerSide;

    public WorkshopRuntime? Find(string workshopId) => registry.FindById(workshopId);

    public Task<LiveStateView?> ForwardAsync(string workshopId) => MoveAsync(workshopId, RoomSteps.Forward);

    public Task<LiveStateView?> BackAsync(string workshopId) => MoveAsync(workshopId, RoomSteps.Back);

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

    public SplitResult? GetResult(string workshopId, string questionId) => Find(workshopId)?.GetResult(questionId, MinimumPerSide);

    public IReadOnlyList<GapItem> GetGaps(string workshopId) => Find(workshopId)?.GetGaps(MinimumPerSide, onlyRevealed: false) ?? [];

    public IReadOnlyList<OpenAnswerView> GetOpenAnswers(string workshopId, string questionId) =>
        Find(workshopId)?.GetOpenAnswers(questionId) ?? [];

    public ScreenView? ScreenViewOf(WorkshopRuntime runtime, PhoneAddress address) => runtime.BuildScreenView(address, MinimumPerSide);

    public async Task<bool> ModerateAsync(string workshopId, string questionId, string participantId, ModerationStatus status, string? mergeInto)
    {
        if (Find(workshopId) is not { } runtime || !await runtime.ModerateAsync(questionId, participantId, status, mergeInto))
        {
            return false;
        }

        notifier.Changed(workshopId);
        return true;
    }

    private async Task<LiveStateView?> MoveAsync(string workshopId, Func<Workshop, LiveState, LiveState> step)
    {
        if (Find(workshopId) is not { } runtime)
        {
            return null;
        }

        var before = runtime.Live;
        var after = await runtime.ChangeStageAsync(step);
        if (after != before)
        {
            notifier.Changed(workshopId);
            await broadcaster.PushRoomAsync(runtime);
        }

        return new LiveStateView(after.CurrentIndex, after.Blanked, after.ShowingGaps, after.Questions);
    }
}
