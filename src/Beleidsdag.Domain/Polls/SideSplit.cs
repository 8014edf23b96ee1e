using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Polls;

public enum SplitStatus
{
    /// <summary>The split may be shown: CBS/VB and MAT each have no respondents or at least the minimum.</summary>
    Shown = 0,

    /// <summary>CBS/VB or MAT has 1 to (minimum − 1) respondents: no split at all, not even of the other side.</summary>
    TooFewRespondents = 1,

    /// <summary>Figures left the app while a side was under the minimum: the split is never shown for this question.</summary>
    Withheld = 2,

    /// <summary>The question stays open while its results show: the split comes once it is closed.</summary>
    UntilClosed = 3,
}

/// <summary>
/// A result through the CBS/MAT lens. The anonymity rules (docs/rules.md): a side with fewer than the minimum
/// respondents (but more than none) on a question would be revealed by "overall minus the other", so then
/// the question shows no split at all; "anders" below the minimum counts in no figure at all
/// (<see cref="UncountedAnders"/>) and never removes the split. Anders is shown apart from the two sides.
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
    /// <summary>Answers of "anders" left out of every figure because fewer than the minimum gave one.</summary>
    public int UncountedAnders { get; init; }

    /// <summary>Dutch: why the split is not shown (never the count of a small side).</summary>
    public string? HiddenReason => Status switch
    {
        SplitStatus.TooFewRespondents => $"Geen opsplitsing: een kant heeft minder dan {MinimumPerSide} antwoorden op deze vraag.",
        SplitStatus.Withheld => $"Geen opsplitsing: de resultaten werden al getoond toen een kant minder dan {MinimumPerSide} antwoorden had.",
        SplitStatus.UntilClosed => "De opsplitsing per kant volgt zodra de vraag gesloten is.",
        _ => null,
    };

    /// <summary>Dutch, under the result: "2 antwoorden van anders niet meegeteld".</summary>
    public string? UncountedNotice => UncountedAnders switch
    {
        0 => null,
        1 => "1 antwoord van anders niet meegeteld",
        var n => $"{n} antwoorden van anders niet meegeteld",
    };
}

public static class SideSplit
{
    /// <summary>Splits by the side each answer counts for (<see cref="Answer.Side"/>).</summary>
    public static SplitResult Compute(
        Question question,
        IReadOnlyCollection<Answer> answers,
        int minimumPerSide,
        OpenTextModeration? moderation = null,
        SplitStatus hold = SplitStatus.Shown)
    {
        var uncounted = Anonymity.SmallGroup(answers.Count(a => a.Side == Side.Anders), minimumPerSide);
        IReadOnlyCollection<Answer> counted = uncounted > 0 ? [.. answers.Where(a => a.Side != Side.Anders)] : answers;
        var overall = Tally.Compute(question, counted, moderation);
        var bySide = Sides.All.ToDictionary(side => side, side => counted.Where(a => a.Side == side).ToList());
        var counts = bySide.ToDictionary(s => s.Key, s => s.Value.Count);
        var status = hold != SplitStatus.Shown ? hold
            : Anonymity.IsTooSmall(counts[Side.CbsVb], minimumPerSide) || Anonymity.IsTooSmall(counts[Side.Mat], minimumPerSide) ? SplitStatus.TooFewRespondents
            : SplitStatus.Shown;
        if (status != SplitStatus.Shown)
        {
            // Not even the counts: "overall minus the others" is exactly what the rule prevents.
            return new SplitResult(overall, status, minimumPerSide, new Dictionary<Side, int>(), null, null, null, []) { UncountedAnders = uncounted };
        }

        QuestionResult? ResultOf(Side side) => counts[side] == 0 ? null
            : question.Type == QuestionType.OpenText ? Tally.OpenTextOfSide(question, counted, side, moderation)
            : Tally.Compute(question, bySide[side], moderation);
        var cbsVb = ResultOf(Side.CbsVb);
        var mat = ResultOf(Side.Mat);
        var gaps = cbsVb is not null && mat is not null ? Gap.Between(question, cbsVb, mat) : [];
        return new SplitResult(overall, SplitStatus.Shown, minimumPerSide, counts, cbsVb, mat, ResultOf(Side.Anders), gaps) { UncountedAnders = uncounted };
    }

    /// <summary>What holds a question's split back, whatever the counts: figures shown too early, or voting still open.</summary>
    public static SplitStatus HoldFor(Question question, QuestionState state) =>
        state.SplitWithheld ? SplitStatus.Withheld
        : question.StaysOpenWhileRevealed && state.Phase == QuestionPhase.Open ? SplitStatus.UntilClosed
        : SplitStatus.Shown;
}
