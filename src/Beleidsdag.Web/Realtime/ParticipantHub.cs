using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.SignalR;

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
    PhoneAddressProvider address) : Hub<IParticipantClient>
{
    private const string WorkshopKey = "workshop";
    private const string ParticipantKey = "participant";

    public async Task<JoinResponse> Join(JoinRequest? request)
    {
        var connection = new JoiningConnection(Joined() is not null, Context.GetHttpContext()?.Connection.RemoteIpAddress);
        var (response, runtime) = await participation.JoinAsync(request, connection);
        if (runtime is null || response.ParticipantId is null)
        {
            return response;
        }

        Leave();
        Context.Items[WorkshopKey] = runtime;
        Context.Items[ParticipantKey] = response.ParticipantId;
        participation.Connected(runtime, response.ParticipantId, Context.ConnectionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Room(runtime.Workshop.Id));
        return response;
    }

    public JoinResponse GetState() =>
        Joined() is var (runtime, participantId) && runtime.FindParticipant(participantId) is { } participant
            ? participation.Snapshot(runtime, participant)
            : JoinResponse.Failed(ParticipationService.NotJoined, "Even opnieuw verbinden…");

    public Task<Ack> ChooseSide(SideChoice? choice) =>
        WhenJoined(choice?.Key, (runtime, participantId) => participation.ChooseSideAsync(runtime, participantId, choice));

    public Task<Ack> Answer(AnswerSubmission? submission) =>
        WhenJoined(submission?.Key, (runtime, participantId) => participation.AnswerAsync(runtime, participantId, submission));

    public Task<Ack> JoinGroup(GroupChoice? choice) =>
        WhenJoined(choice?.Key, (runtime, participantId) => groupWork.JoinGroupAsync(runtime, participantId, choice));

    public Task<Ack> SaveWerkpunt(WerkpuntSubmission? submission) =>
        WhenJoined(submission?.Key, (runtime, participantId) => groupWork.SaveWerkpuntAsync(runtime, participantId, submission));

    public Task<Ack> React(ReactionSubmission? reaction) =>
        WhenJoined(reaction?.Key, (runtime, participantId) => groupWork.ReactAsync(runtime, participantId, reaction));

    public Task<Ack> SpendDots(DotsSubmission? submission) =>
        WhenJoined(submission?.Key, (runtime, participantId) => groupWork.SpendDotsAsync(runtime, participantId, submission));

    public Task<Ack> GiveConsent(ConsentSubmission? submission) =>
        WhenJoined(submission?.Key, (runtime, participantId) => groupWork.ConsentAsync(runtime, participantId, submission));

    /// <summary>Read-only live results for a screen-link holder; grants nothing else.</summary>
    public async Task<ScreenView?> WatchScreen(string? screenKey)
    {
        if (registry.FindByScreenKey(screenKey) is not { } runtime)
        {
            return null;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Screen(runtime.Workshop.Id));
        return runtime.BuildScreenView(address.Current);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        Leave();
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Runs a submission for the joined participant; before a join the phone is told to join again.</summary>
    private Task<Ack> WhenJoined(string? key, Func<WorkshopRuntime, string, Task<Ack>> submit) =>
        Joined() is var (runtime, participantId) ? submit(runtime, participantId) : Task.FromResult(ParticipationService.NotJoinedAck(key));

    private (WorkshopRuntime Runtime, string ParticipantId)? Joined() =>
        Context.Items.TryGetValue(WorkshopKey, out var runtime) && Context.Items.TryGetValue(ParticipantKey, out var id)
            ? ((WorkshopRuntime)runtime!, (string)id!)
            : null;

    private void Leave()
    {
        if (Joined() is var (runtime, participantId))
        {
            participation.Disconnected(runtime, participantId, Context.ConnectionId);
            Context.Items.Remove(ParticipantKey);
        }
    }
}
