using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Hosting;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// The phones' hub (anonymous; a phone proves itself with its participant token). It also serves the
/// read-only screen view to holders of a screen link. Every method here is a thin shell around
/// <see cref="ParticipationService"/>.
/// </summary>
public sealed class ParticipantHub(
    ParticipationService participation,
    GroupWorkService groupWork,
    WorkshopRegistry registry,
    PhoneAddressProvider address,
    IOptions<BeleidsdagOptions> options) : Hub<IParticipantClient>
{
    private const string WorkshopKey = "workshop";
    private const string ParticipantKey = "participant";

    public async Task<JoinResponse> Join(JoinRequest? request)
    {
        var (response, runtime) = await participation.JoinAsync(request);
        if (runtime is null || response.ParticipantId is null)
        {
            return response;
        }

        Leave();
        Context.Items[WorkshopKey] = runtime;
        Context.Items[ParticipantKey] = response.ParticipantId;
        participation.Connected(runtime, response.ParticipantId);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Room(runtime.Workshop.Id));
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Participant(response.ParticipantId));
        return response;
    }

    public JoinResponse GetState() =>
        Joined() is var (runtime, participantId) && runtime.FindParticipant(participantId) is { } participant
            ? participation.Snapshot(runtime, participant)
            : JoinResponse.Failed(ParticipationService.NotJoined, "Even opnieuw verbinden…");

    public Task<Ack> ChooseSide(SideChoice? choice) =>
        Joined() is var (runtime, participantId)
            ? participation.ChooseSideAsync(runtime, participantId, choice)
            : Task.FromResult(ParticipationService.NotJoinedAck(choice?.Key));

    public Task<Ack> Answer(AnswerSubmission? submission) =>
        Joined() is var (runtime, participantId)
            ? participation.AnswerAsync(runtime, participantId, submission)
            : Task.FromResult(ParticipationService.NotJoinedAck(submission?.Key));

    public Task<Ack> JoinGroup(GroupChoice? choice) =>
        Joined() is var (runtime, participantId)
            ? groupWork.JoinGroupAsync(runtime, participantId, choice)
            : Task.FromResult(ParticipationService.NotJoinedAck(choice?.Key));

    public Task<Ack> SaveWerkpunt(WerkpuntSubmission? submission) =>
        Joined() is var (runtime, participantId)
            ? groupWork.SaveWerkpuntAsync(runtime, participantId, submission)
            : Task.FromResult(ParticipationService.NotJoinedAck(submission?.Key));

    public Task<Ack> React(ReactionSubmission? reaction) =>
        Joined() is var (runtime, participantId)
            ? groupWork.ReactAsync(runtime, participantId, reaction)
            : Task.FromResult(ParticipationService.NotJoinedAck(reaction?.Key));

    public Task<Ack> SpendDots(DotsSubmission? submission) =>
        Joined() is var (runtime, participantId)
            ? groupWork.SpendDotsAsync(runtime, participantId, submission)
            : Task.FromResult(ParticipationService.NotJoinedAck(submission?.Key));

    public Task<Ack> GiveConsent(ConsentSubmission? submission) =>
        Joined() is var (runtime, participantId)
            ? groupWork.ConsentAsync(runtime, participantId, submission)
            : Task.FromResult(ParticipationService.NotJoinedAck(submission?.Key));

    /// <summary>Read-only live results for a screen-link holder; grants nothing else.</summary>
    public async Task<ScreenView?> WatchScreen(string? screenKey)
    {
        if (registry.FindByScreenKey(screenKey) is not { } runtime)
        {
            return null;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Screen(runtime.Workshop.Id));
        return runtime.BuildScreenView(address.Current, options.Value.MinimumPerSide);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        Leave();
        return base.OnDisconnectedAsync(exception);
    }

    private (WorkshopRuntime Runtime, string ParticipantId)? Joined() =>
        Context.Items.TryGetValue(WorkshopKey, out var runtime) && Context.Items.TryGetValue(ParticipantKey, out var id)
            ? ((WorkshopRuntime)runtime!, (string)id!)
            : null;

    private void Leave()
    {
        if (Joined() is var (runtime, participantId))
        {
            participation.Disconnected(runtime, participantId);
            Context.Items.Remove(ParticipantKey);
        }
    }
}
