using Beleidsdag.Domain.Participants;

namespace Beleidsdag.Domain.Polls;

public enum SplitStatus
{
    /// <summary>The split may be shown: every side has no respondents or at least the minimum.</summary>
    Shown = 0,

    /// <summary>A side has 1 to (minimum − 1) respondents: no split at all, not even of the other sides.</summary>
    TooFewRespondents = 1,
}

/// <summary>
/// A result through the CBS/MAT lens. The anonymity rule: a side with fewer than the minimum respondents
/// (but more than none) on a question would be revealed by "overall minus the others", so then the
/// question shows no split at all. Anders is shown apart from the two sides.
/// </summary>
public sealed record SplitResult(
    QuestionResult Overall,
    SplitStatus Status,
    int MinimumPerSide,
    IReadOnlyDictionary<Side, int> RespondentsPerSide,
    QuestionResult? CbsVb,
    QuestionResult? Mat,
    QuestionResult? Anders,
    IReadOnlyList<GapItem> Gaps)
{
    /// <summary>Dutch: why the split is not shown, naming the side (never the count of a small side).</summary>
    public string? HiddenReason => Status == SplitStatus.TooFewRespondents
        ? $"Geen opsplitsing: een kant heeft minder dan {MinimumPerSide} antwoorden op deze vraag."
        : null;
}

public static class SideSplit
{
    public static SplitResult Compute(
        Question question,
        IReadOnlyCollection<Answer> answers,
        Func<string, Side?> sideOf,
        int minimumPerSide,
        OpenTextModeration? moderation = null)
    {
        var overall = Tally.Compute(question, answers, moderation);
        var bySide = Sides.All.ToDictionary(side => side, side => answers.Where(a => sideOf(a.ParticipantId) == side).ToList());
        var counts = bySide.ToDictionary(s => s.Key, s => s.Value.Count);
        if (counts.Values.Any(n => n > 0 && n < minimumPerSide))
        {
            // Not even the counts: "overall minus the others" is exactly what the rule prevents.
            return new SplitResult(overall, SplitStatus.TooFewRespondents, minimumPerSide, new Dictionary<Side, int>(), null, null, null, []);
        }

        QuestionResult? ResultOf(Side side) => counts[side] == 0 ? null : Tally.Compute(question, bySide[side], moderation);
        var cbsVb = ResultOf(Side.CbsVb);
        var mat = ResultOf(Side.Mat);
        var gaps = cbsVb is not null && mat is not null ? Gap.Between(question, cbsVb, mat) : [];
        return new SplitResult(overall, SplitStatus.Shown, minimumPerSide, counts, cbsVb, mat, ResultOf(Side.Anders), gaps);
    }
}
