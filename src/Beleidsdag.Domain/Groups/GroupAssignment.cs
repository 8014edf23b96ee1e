using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Groups;

/// <summary>
/// Spreads people over the groups so every group gets CBS/VB and MAT members: each side is dealt out in
/// turn to the group with the fewest of that side (then the fewest people), so per side the groups
/// differ by at most one.
/// </summary>
public static class GroupAssignment
{
    /// <param name="people">Who to deal out.</param>
    /// <param name="groupIds">The groups.</param>
    /// <param name="seated">Who already sits in a group and stays there (chose their table, or were put there):
    /// they count when the others are dealt out, so the groups stay balanced around them.</param>
    public static IReadOnlyDictionary<string, string> Balance(
        IReadOnlyList<(string ParticipantId, Side? Side)> people,
        IReadOnlyList<string> groupIds,
        IReadOnlyList<(string GroupId, Side? Side)>? seated = null)
    {
        var assignment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (groupIds.Count == 0)
        {
            return assignment;
        }

        var perSide = new Dictionary<(string Group, Side? Side), int>();
        var total = groupIds.ToDictionary(g => g, _ => 0, StringComparer.Ordinal);
        foreach (var (group, side) in (seated ?? []).Where(s => total.ContainsKey(s.GroupId)))
        {
            perSide[(group, side)] = perSide.GetValueOrDefault((group, side)) + 1;
            total[group]++;
        }

        foreach (var side in new Side?[] { Side.CbsVb, Side.Mat, Side.Anders, null })
        {
            foreach (var person in people.Where(p => p.Side == side).OrderBy(p => p.ParticipantId, StringComparer.Ordinal))
            {
                var group = groupIds
                    .OrderBy(g => perSide.GetValueOrDefault((g, side)))
                    .ThenBy(g => total[g])
                    .First();
                assignment[person.ParticipantId] = group;
                perSide[(group, side)] = perSide.GetValueOrDefault((group, side)) + 1;
                total[group]++;
            }
        }

        return assignment;
    }
}
