using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Realtime;

namespace Beleidsdag.Web.Features.Facilitate;

public sealed record LiveStateView(int CurrentIndex, bool Blanked, IReadOnlyDictionary<string, QuestionState> Questions);

/// <summary>
/// Moving the room through the agenda. The console's buttons and keys and the facilitator hub both call
/// this, so a test or the load benchmark drives exactly what the facilitator drives.
/// </summary>
public sealed class FacilitationService(WorkshopRegistry registry, WorkshopNotifier notifier, LiveBroadcaster broadcaster)
{
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

    public TallyView? GetTally(string workshopId, string questionId) => Find(workshopId)?.GetTally(questionId);

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

        return new LiveStateView(after.CurrentIndex, after.Blanked, after.Questions);
    }
}
