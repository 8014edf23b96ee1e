namespace Beleidsdag.Web.Realtime;

/// <summary>SignalR group names, one place.</summary>
internal static class HubGroups
{
    public static string Room(string workshopId) => $"room:{workshopId}";

    public static string Screen(string workshopId) => $"screen:{workshopId}";

    public static string Facilitator(string workshopId) => $"facilitator:{workshopId}";
}
