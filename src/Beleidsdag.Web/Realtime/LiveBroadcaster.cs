using System.Collections.Concurrent;
using System.Text.Json;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Live;
using Microsoft.AspNetCore.SignalR;

namespace Beleidsdag.Web.Realtime;

/// <summary>
/// The one subscriber of the <see cref="ChangeFeed"/> that tells the world: it marks the workshop changed on the
/// coalescing <see cref="WorkshopNotifier"/> (consoles, screens), pushes a moved room to phones at once, and
/// queues group work for the phones it concerns. Then it fans the coalesced changes out over the hubs: the room's state to phones at once (they must follow the facilitator),
/// the coalesced screen view to screen-link watchers, a coalesced ping to facilitator-hub watchers, and
/// a revealed question's results to phones at most once a second (<see cref="PhoneResultsThrottle"/>).
/// </summary>
public sealed partial class LiveBroadcaster
{
    private readonly IHubContext<ParticipantHub, IParticipantClient> _participants;
    private readonly IHubContext<FacilitatorHub, IFacilitatorClient> _facilitators;
    private readonly WorkshopRegistry _registry;
    private readonly WorkshopNotifier _notifier;
    private readonly PhoneAddressProvider _address;
    private readonly TimeProvider _clock;
    private readonly Dictionary<WorkshopRuntime, HashSet<string>> _pendingGroupWork = [];
    private ITimer? _groupWorkTimer;
    private readonly ILogger<LiveBroadcaster> _logger;
    private readonly ConcurrentDictionary<string, PhoneResultsThrottle> _phoneResults = new(StringComparer.Ordinal);
    // The last results sent per workshop, as JSON: a phone joining or leaving changes nothing worth a push to the room.
    private readonly ConcurrentDictionary<string, string> _lastPhoneResults = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions ResultsJson = WireJsonOptions();

    public LiveBroadcaster(
        IHubContext<ParticipantHub, IParticipantClient> participants,
        IHubContext<FacilitatorHub, IFacilitatorClient> facilitators,
        WorkshopRegistry registry,
        WorkshopNotifier notifier,
        PhoneAddressProvider address,
        TimeProvider clock,
        ILogger<LiveBroadcaster> logger)
    {
        _participants = participants;
        _facilitators = facilitators;
        _registry = registry;
        _address = address;
        _clock = clock;
        _logger = logger;
        _notifier = notifier;
        notifier.SubscribeAll(OnWorkshopChanged);
        registry.Changes.Subscribe(OnCommitted);
    }

    /// <summary>Runs once per committed change, on the committing caller's path: only cheap bookkeeping, except a room push.</summary>
    private Task OnCommitted(WorkshopChange change)
    {
        _notifier.Changed(change.WorkshopId);
        if ((change.What & ChangeKind.GroupWork) != 0)
        {
            GroupWorkChanged(change.Runtime, change.Concerned);
        }

        // The room moved: phones must follow the facilitator now, before the command returns.
        return (change.What & ChangeKind.Room) != 0 ? PushRoomAsync(change.Runtime) : Task.CompletedTask;
    }

    private Task PushRoomAsync(WorkshopRuntime runtime) =>
        _participants.Clients.Group(HubGroups.Room(runtime.Workshop.Id)).RoomChanged(runtime.BuildRoomState());

    /// <summary>Sends each of these participants their own group work (board, group, choices), now.</summary>
    private Task PushGroupWorkAsync(WorkshopRuntime runtime, IEnumerable<string> participantIds) =>
        Task.WhenAll(participantIds.Distinct()
            .Select(id => (Id: id, Connections: runtime.Connections.Of(id)))
            .Where(p => p.Connections.Count > 0)
            .Select(p => _participants.Clients.Clients(p.Connections).GroupWorkChanged(runtime.BuildMyGroupWork(p.Id))));

    /// <summary>
    /// Marks these participants' group work as changed: they hear of it within
    /// <see cref="WorkshopNotifier.Interval"/>, once, however many werkpunten their group saved meanwhile.
    /// </summary>
    private void GroupWorkChanged(WorkshopRuntime runtime, IEnumerable<string> participantIds)
    {
        lock (_pendingGroupWork)
        {
            var pending = _pendingGroupWork.TryGetValue(runtime, out var set) ? set : _pendingGroupWork[runtime] = new HashSet<string>(StringComparer.Ordinal);
            pending.UnionWith(participantIds);
            _groupWorkTimer ??= _clock.CreateTimer(_ => _ = FlushGroupWorkAsync(), null, WorkshopNotifier.Interval, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FlushGroupWorkAsync()
    {
        Dictionary<WorkshopRuntime, HashSet<string>> due;
        lock (_pendingGroupWork)
        {
            due = new(_pendingGroupWork);
            _pendingGroupWork.Clear();
            _groupWorkTimer?.Dispose();
            _groupWorkTimer = null;
        }

        foreach (var (runtime, participants) in due)
        {
            try
            {
                await PushGroupWorkAsync(runtime, participants);
            }
            catch (Exception e)
            {
                LogSendFailed(_logger, e, runtime.Workshop.Id);
            }
        }
    }

    private void OnWorkshopChanged(string workshopId, WorkshopSnapshot snapshot)
    {
        _ = SendAsync(workshopId, snapshot.Screen);
        ResultsMayHaveChanged(workshopId, snapshot.RevealedQuestionId);
    }

    /// <summary>
    /// Runs at most once per <see cref="WorkshopNotifier.Interval"/>, never per answer; while results are
    /// hidden it only reads which question is revealed (none) and computes nothing.
    /// </summary>
    private void ResultsMayHaveChanged(string id, string? revealedQuestionId)
    {
        if (revealedQuestionId is not { } questionId)
        {
            if (_phoneResults.TryGetValue(id, out var idle))
            {
                idle.Changed(null);
                _lastPhoneResults.TryRemove(id, out _);
            }

            return;
        }

        _phoneResults.GetOrAdd(id, workshopId => new PhoneResultsThrottle(_clock, () => PushPhoneResultsAsync(workshopId))).Changed(questionId);
    }

    private async Task PushPhoneResultsAsync(string workshopId)
    {
        try
        {
            if (_registry.FindById(workshopId) is not { } runtime || runtime.BuildPhoneResults() is not { } results)
            {
                return;
            }

            var json = JsonSerializer.Serialize(results, ResultsJson);
            if (_lastPhoneResults.TryGetValue(workshopId, out var last) && last == json)
            {
                return;
            }

            _lastPhoneResults[workshopId] = json;
            await _participants.Clients.Group(HubGroups.Room(workshopId)).ResultsChanged(results);
        }
        catch (Exception e)
        {
            LogSendFailed(_logger, e, workshopId);
        }
    }

    private static JsonSerializerOptions WireJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WireJson.Configure(options);
        return options;
    }

    private async Task SendAsync(string id, ScreenView screen)
    {
        try
        {
            await _participants.Clients.Group(HubGroups.Screen(id)).ScreenChanged(screen);
            await _facilitators.Clients.Group(HubGroups.Facilitator(id)).WorkshopChanged(id);
        }
        catch (Exception e)
        {
            LogSendFailed(_logger, e, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending the live view of workshop {WorkshopId} failed")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string workshopId);
}
