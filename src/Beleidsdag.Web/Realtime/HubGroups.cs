namespace Beleidsdag.Web.Realtime;

/// <summary>SignalR group names, one place.</summary>
internal static class HubGroups
{
    public static string Room(string workshopId) => $"room:{workshopId}";

    public static string Screen(string workshopId) => $"screen:{workshopId}";

    public static string Facilitator(string workshopId) => $"facilitator:{workshopId}";

    /// <summary>All connections of one participant (a phone may have reconnected, or have two tabs).</summary>
    public static string Participant(string participantId) => $"participant:{participantId}";
}
