using Beleidsdag.Web.Hosting;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// Fans changes out over the hubs: the room's state to phones at once (they must follow the facilitator),
/// the coalesced screen view to screen-link watchers, and a coalesced ping to facilitator-hub watchers.
/// </summary>
public sealed partial class LiveBroadcaster
{
    private readonly IHubContext<ParticipantHub, IParticipantClient> _participants;
    private readonly IHubContext<FacilitatorHub, IFacilitatorClient> _facilitators;
    private readonly WorkshopRegistry _registry;
    private readonly PhoneAddressProvider _address;
    private readonly IOptions<BeleidsdagOptions> _options;
    private readonly ILogger<LiveBroadcaster> _logger;

    public LiveBroadcaster(
        IHubContext<ParticipantHub, IParticipantClient> participants,
        IHubContext<FacilitatorHub, IFacilitatorClient> facilitators,
        WorkshopRegistry registry,
        WorkshopNotifier notifier,
        PhoneAddressProvider address,
        IOptions<BeleidsdagOptions> options,
        ILogger<LiveBroadcaster> logger)
    {
        _participants = participants;
        _facilitators = facilitators;
        _registry = registry;
        _address = address;
        _options = options;
        _logger = logger;
        notifier.SubscribeAll(OnWorkshopChanged);
    }

    public Task PushRoomAsync(WorkshopRuntime runtime) =>
        _participants.Clients.Group(HubGroups.Room(runtime.Workshop.Id)).RoomChanged(runtime.BuildRoomState());

    /// <summary>Sends each of these participants their own group work (board, group, choices).</summary>
    public async Task PushGroupWorkAsync(WorkshopRuntime runtime, IEnumerable<string> participantIds)
    {
        foreach (var participantId in participantIds)
        {
            await _participants.Clients.Group(HubGroups.Participant(participantId)).GroupWorkChanged(runtime.BuildMyGroupWork(participantId));
        }
    }

    private void OnWorkshopChanged(string workshopId)
    {
        if (_registry.FindById(workshopId) is not { } runtime)
        {
            return;
        }

        _ = SendAsync(runtime);
    }

    private async Task SendAsync(WorkshopRuntime runtime)
    {
        try
        {
            var id = runtime.Workshop.Id;
            await _participants.Clients.Group(HubGroups.Screen(id)).ScreenChanged(runtime.BuildScreenView(_address.Current, _options.Value.MinimumPerSide));
            await _facilitators.Clients.Group(HubGroups.Facilitator(id)).WorkshopChanged(id);
        }
        catch (Exception e)
        {
            LogSendFailed(_logger, e, runtime.Workshop.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the live view of workshop {WorkshopId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string workshopId);
}
