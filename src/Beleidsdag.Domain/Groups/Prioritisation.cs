using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Groups;

/// <summary>
/// One participant's dots: werkpunt id → dots. Dots may stack on one werkpunt. <see cref="Side"/> is the side the
/// dots count for, fixed once the round's results left the app (as an answer's, docs/rules.md).
/// </summary>
public sealed record DotVote(string ParticipantId, IReadOnlyDictionary<string, int> Dots, long Seq, Side Side);

/// <summary>
/// Dots per side for one werkpunt, and its score with both sides weighing equally (0–100). When the split
/// is not shown (<see cref="PrioritisationResult.SplitShown"/>), <see cref="Total"/> is all there is.
/// </summary>
public sealed record PriorityRow(string WerkpuntId, int CbsVb, int Mat, int Anders, int Total, double EqualWeightScore, bool BothSidesSupport);

public sealed record PrioritisationResult(int Voters, bool SplitShown, IReadOnlyList<PriorityRow> Rows)
{
    /// <summary>Voters of "anders" left out of every figure because there were fewer than the minimum.</summary>
    public int UncountedAnders { get; init; }
}

/// <summary>
/// The prioritisation rules (docs/rules.md, with worked examples). Each side's dots are turned into shares
/// of that side's dots, and the two shares are averaged: 7 CBS/VB members weigh as much as 12 MAT members.
/// "Anders" dots are shown but not in the score. A werkpunt has both sides' support when each side gave it
/// at least its fair share: 1 / (number of werkpunten) of that side's dots.
/// </summary>
public static class Prioritisation
{
    public static SubmissionError Check(IReadOnlyDictionary<string, int> dots, int allowed, Func<string, bool> isWerkpunt)
    {
        if (dots.Values.Any(d => d < 0) || dots.Values.Sum() > allowed)
        {
            return SubmissionError.TooManyDots;
        }

        return dots.Keys.All(isWerkpunt) ? SubmissionError.None : SubmissionError.UnknownWerkpunt;
    }

    /// <summary>
    /// <paramref name="withheld"/>: the round's results left the app while a side had too few voters, so its
    /// split is never shown. "Anders" with fewer voters than the minimum counts in no figure (docs/rules.md).
    /// </summary>
    public static PrioritisationResult Compute(IReadOnlyList<string> werkpuntIds, IReadOnlyCollection<DotVote> votes, int minimumPerSide, bool withheld = false)
    {
        var allVoters = votes.Where(v => v.Dots.Values.Sum() > 0).ToList();
        var uncounted = Anonymity.SmallGroup(allVoters.Count(v => v.Side == Side.Anders), minimumPerSide);
        var voters = uncounted > 0 ? [.. allVoters.Where(v => v.Side != Side.Anders)] : allVoters;
        var splitShown = !withheld && !HasSmallSide(voters.Select(v => v.Side), minimumPerSide);
        int DotsOf(Side side, string werkpuntId) => voters.Where(v => v.Side == side).Sum(v => v.Dots.GetValueOrDefault(werkpuntId));
        var totals = Sides.All.ToDictionary(s => s, s => werkpuntIds.Sum(w => DotsOf(s, w)));
        double Share(Side side, string w) => totals[side] == 0 ? 0 : (double)DotsOf(side, w) / totals[side];
        var weighing = new[] { Side.CbsVb, Side.Mat }.Where(s => totals[s] > 0).ToList();
        var fairShare = werkpuntIds.Count == 0 ? 1 : 1.0 / werkpuntIds.Count;

        var rows = werkpuntIds.Select(w => new PriorityRow(
                w,
                DotsOf(Side.CbsVb, w),
                DotsOf(Side.Mat, w),
                DotsOf(Side.Anders, w),
                Sides.All.Sum(s => DotsOf(s, w)),
                weighing.Count == 0 ? 0 : Rounding.OneDecimal(weighing.Average(s => Share(s, w)) * 100),
                totals[Side.CbsVb] > 0 && totals[Side.Mat] > 0 && Share(Side.CbsVb, w) >= fairShare && Share(Side.Mat, w) >= fairShare))
            .Select(r => splitShown ? r : Anonymous(r, totals.Values.Sum()))
            .OrderByDescending(r => r.EqualWeightScore)
            .ThenByDescending(r => r.Total);
        return new PrioritisationResult(voters.Count, splitShown, [.. rows]) { UncountedAnders = uncounted };
    }

    /// <summary>
    /// The place of each row, in the order given (highest score first): equal scores share a place and the next
    /// place skips as many ("1, 2, 2, 4"), so two werkpunten with the same dots never look ranked apart.
    /// </summary>
    public static IReadOnlyList<int> Places(IReadOnlyList<PriorityRow> rows) =>
        [.. rows.Select(r => 1 + rows.Count(other => other.EqualWeightScore > r.EqualWeightScore))];

    /// <summary>CBS/VB or MAT with 1 to (minimum − 1) people: "anders" never removes the split (it counts apart).</summary>
    public static bool HasSmallSide(IEnumerable<Side> sides, int minimumPerSide)
    {
        var list = sides.ToList();
        return Anonymity.IsTooSmall(list.Count(s => s == Side.CbsVb), minimumPerSide) || Anonymity.IsTooSmall(list.Count(s => s == Side.Mat), minimumPerSide);
    }

    /// <summary>A side below the anonymity minimum: no per-side dots, and a score that is the plain share of all dots.</summary>
    private static PriorityRow Anonymous(PriorityRow row, int allDots)
    {
        var score = allDots == 0 ? 0 : Rounding.OneDecimal(100.0 * row.Total / allDots);
        return new PriorityRow(row.WerkpuntId, 0, 0, 0, row.Total, score, false);
    }
}
