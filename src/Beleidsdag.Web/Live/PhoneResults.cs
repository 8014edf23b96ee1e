using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Live;

/// <summary>
/// A revealed question's results as a phone shows them: what the screen shows, never more. The sides
/// come only when the facilitator split the result AND the anonymity rule allows it; otherwise
/// <see cref="SplitNotice"/> says why not (when the split is on).
/// </summary>
public sealed record PhoneResults(string QuestionId, QuestionResult Overall, PhoneSplit? Split, string? SplitNotice)
{
    /// <summary>"2 antwoorden van anders niet meegeteld", as on the screen.</summary>
    public string? UncountedNotice { get; init; }

    // A phone is a narrow screen on a busy network: the top of a word cloud, the latest open answers.
    public const int MaxWords = 15;
    public const int MaxCards = 10;

    public static PhoneResults Of(SplitResult split, bool splitBySide) => new(
        split.Overall.QuestionId,
        ForPhone(split.Overall),
        splitBySide && split.Status == SplitStatus.Shown
            ? new PhoneSplit(
                split.RespondentsPerSide.GetValueOrDefault(Side.CbsVb),
                split.RespondentsPerSide.GetValueOrDefault(Side.Mat),
                split.CbsVb is { } cbsVb ? ForPhone(cbsVb) : null,
                split.Mat is { } mat ? ForPhone(mat) : null)
            : null,
        splitBySide ? split.HiddenReason : null)
    {
        UncountedNotice = split.UncountedNotice,
    };

    /// <summary>Trims long lists, and drops who wrote an open answer: every phone of the room gets this.</summary>
    private static QuestionResult ForPhone(QuestionResult result) => result switch
    {
        WordCloudResult cloud => cloud with { Words = [.. cloud.Words.OrderByDescending(w => w.Count).Take(MaxWords)] },
        OpenTextResult open => open with { Cards = [.. open.Cards.TakeLast(MaxCards).Select(c => c with { ParticipantId = string.Empty })] },
        _ => result,
    };
}

/// <summary>CBS/VB and MAT, each with its number of respondents; a side without answers is null.</summary>
public sealed record PhoneSplit(int CbsVbRespondents, int MatRespondents, QuestionResult? CbsVb, QuestionResult? Mat);
