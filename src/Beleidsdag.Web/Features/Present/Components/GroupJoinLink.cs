namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>A group's own phone link: the join link naming the group, so a table scans straight into its group (docs/protocol.md).</summary>
public static class GroupJoinLink
{
    public static string For(string joinUrl, string groupId) => $"{joinUrl}?groep={Uri.EscapeDataString(groupId)}";
}
