using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Groups;

/// <summary>One participant's dots: werkpunt id → dots. Dots may stack on one werkpunt.</summary>
public sealed record DotVote(string ParticipantId, IReadOnlyDictionary<string, int> Dots, long Seq);

/// <summary>
/// Dots per side for one werkpunt, and its score with both sides weighing equally (0–100). When the split
/// is not shown (<see cref="PrioritisationResult.SplitShown"/>), <see cref="Total"/> is all there is.
/// </summary>
public sealed record PriorityRow(string WerkpuntId, int CbsVb, int Mat, int Anders, int Total, double EqualWeightScore, bool BothSidesSupport);

public sealed record PrioritisationResult(int Voters, bool SplitShown, IReadOnlyList<PriorityRow> Rows);

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

    public static PrioritisationResult Compute(IReadOnlyList<string> werkpuntIds, IReadOnlyCollection<DotVote> votes, Func<string, Side?> sideOf, int minimumPerSide)
    {
        var voters = votes.Where(v => v.Dots.Values.Sum() > 0).ToList();
        var votersPerSide = voters.GroupBy(v => sideOf(v.ParticipantId)).ToDictionary(g => g.Key ?? Side.Anders, g => g.Count());
        var splitShown = votersPerSide.Values.All(n => n == 0 || n >= minimumPerSide);
        int DotsOf(Side side, string werkpuntId) =>
            voters.Where(v => (sideOf(v.ParticipantId) ?? Side.Anders) == side).Sum(v => v.Dots.GetValueOrDefault(werkpuntId));
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
                weighing.Count == 0 ? 0 : Math.Round(weighing.Average(s => Share(s, w)) * 100, 1, MidpointRounding.AwayFromZero),
                totals[Side.CbsVb] > 0 && totals[Side.Mat] > 0 && Share(Side.CbsVb, w) >= fairShare && Share(Side.Mat, w) >= fairShare))
            .Select(r => splitShown ? r : Anonymous(r, totals.Values.Sum()))
            .OrderByDescending(r => r.EqualWeightScore)
            .ThenByDescending(r => r.Total);
        return new PrioritisationResult(voters.Count, splitShown, [.. rows]);
    }

    /// <summary>A side below the anonymity minimum: no per-side dots, and a score that is the plain share of all dots.</summary>
    private static PriorityRow Anonymous(PriorityRow row, int allDots)
    {
        var score = allDots == 0 ? 0 : Math.Round(100.0 * row.Total / allDots, 1, MidpointRounding.AwayFromZero);
        return new PriorityRow(row.WerkpuntId, 0, 0, 0, row.Total, score, false);
    }
}
