using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Groups;

public enum ConsentChoice
{
    Akkoord = 1,
    Bedenking = 2,
    Bezwaar = 3,
}

/// <summary>One participant's choice on one werkpunt; <see cref="Side"/> as for dots (fixed once the results left the app).</summary>
public sealed record ConsentVote(string ParticipantId, string WerkpuntId, ConsentChoice Choice, Side Side);

public sealed record ConsentCounts(int Akkoord, int Bedenking, int Bezwaar)
{
    public int Total => Akkoord + Bedenking + Bezwaar;
}

/// <summary>One werkpunt's consent round, per side; <see cref="CarriedByBothSides"/>: no bezwaar, and akkoord on both sides.</summary>
public sealed record ConsentRow(string WerkpuntId, ConsentCounts Overall, ConsentCounts? CbsVb, ConsentCounts? Mat, ConsentCounts? Anders, bool CarriedByBothSides);

/// <summary>The consent round's rules (docs/rules.md); per-side counts follow the same anonymity rule as the questions.</summary>
public static class Consent
{
    /// <summary>
    /// <paramref name="withheld"/>: the round's results left the app while a side had too few voters. "Anders" with
    /// fewer voters than the minimum on this werkpunt counts in no figure and never removes the split.
    /// </summary>
    public static ConsentRow Compute(string werkpuntId, IReadOnlyCollection<ConsentVote> votes, int minimumPerSide, bool withheld = false)
    {
        var mine = votes.Where(v => v.WerkpuntId == werkpuntId).ToList();
        if (Anonymity.IsTooSmall(mine.Count(v => v.Side == Side.Anders), minimumPerSide))
        {
            mine = [.. mine.Where(v => v.Side != Side.Anders)];
        }

        ConsentCounts Count(IEnumerable<ConsentVote> subset)
        {
            var list = subset.ToList();
            return new(list.Count(v => v.Choice == ConsentChoice.Akkoord), list.Count(v => v.Choice == ConsentChoice.Bedenking), list.Count(v => v.Choice == ConsentChoice.Bezwaar));
        }

        var bySide = Sides.All.ToDictionary(s => s, s => Count(mine.Where(v => v.Side == s)));
        var overall = Count(mine);
        var carried = overall.Bezwaar == 0 && bySide[Side.CbsVb].Akkoord > 0 && bySide[Side.Mat].Akkoord > 0;
        if (withheld || Prioritisation.HasSmallSide(mine.Select(v => v.Side), minimumPerSide))
        {
            // "Carried by both sides" would tell how the small side voted.
            return new ConsentRow(werkpuntId, overall, null, null, null, false);
        }

        ConsentCounts? Shown(Side side) => bySide[side].Total == 0 ? null : bySide[side];
        return new ConsentRow(werkpuntId, overall, Shown(Side.CbsVb), Shown(Side.Mat), Shown(Side.Anders), carried);
    }
}
