using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Groups;

public enum ConsentChoice
{
    Akkoord = 1,
    Bedenking = 2,
    Bezwaar = 3,
}

public sealed record ConsentVote(string ParticipantId, string WerkpuntId, ConsentChoice Choice);

public sealed record ConsentCounts(int Akkoord, int Bedenking, int Bezwaar)
{
    public int Total => Akkoord + Bedenking + Bezwaar;
}

/// <summary>One werkpunt's consent round, per side; <see cref="CarriedByBothSides"/>: no bezwaar, and akkoord on both sides.</summary>
public sealed record ConsentRow(string WerkpuntId, ConsentCounts Overall, ConsentCounts? CbsVb, ConsentCounts? Mat, ConsentCounts? Anders, bool CarriedByBothSides);

/// <summary>The consent round's rules (docs/rules.md); per-side counts follow the same anonymity rule as the questions.</summary>
public static class Consent
{
    public static ConsentRow Compute(string werkpuntId, IReadOnlyCollection<ConsentVote> votes, Func<string, Side?> sideOf, int minimumPerSide)
    {
        var mine = votes.Where(v => v.WerkpuntId == werkpuntId).ToList();
        ConsentCounts Count(IEnumerable<ConsentVote> subset)
        {
            var list = subset.ToList();
            return new(list.Count(v => v.Choice == ConsentChoice.Akkoord), list.Count(v => v.Choice == ConsentChoice.Bedenking), list.Count(v => v.Choice == ConsentChoice.Bezwaar));
        }

        var bySide = Sides.All.ToDictionary(s => s, s => Count(mine.Where(v => (sideOf(v.ParticipantId) ?? Side.Anders) == s)));
        var overall = Count(mine);
        var carried = overall.Bezwaar == 0 && bySide[Side.CbsVb].Akkoord > 0 && bySide[Side.Mat].Akkoord > 0;
        if (bySide.Values.Any(c => c.Total > 0 && c.Total < minimumPerSide))
        {
            // "Carried by both sides" would tell how the small side voted.
            return new ConsentRow(werkpuntId, overall, null, null, null, false);
        }

        ConsentCounts? Shown(Side side) => bySide[side].Total == 0 ? null : bySide[side];
        return new ConsentRow(werkpuntId, overall, Shown(Side.CbsVb), Shown(Side.Mat), Shown(Side.Anders), carried);
    }
}
