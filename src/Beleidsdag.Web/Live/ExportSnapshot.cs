using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Live;

/// <summary>
/// Everything the export needs, copied from one workshop's runtime in one moment under its lock. Only
/// immutable records and fresh collections: the workbook is built from this outside the lock, so the
/// room keeps answering while it is written.
/// </summary>
public sealed record ExportSnapshot
{
    public required Workshop Workshop { get; init; }

    public required LiveState Live { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>Participant id → current side (null: joined but chose none yet); removed participants are left out.</summary>
    public required IReadOnlyDictionary<string, Side?> Sides { get; init; }

    /// <summary>How many participants the facilitator removed (docs/rules.md, "Removing a participant").</summary>
    public int RemovedParticipants { get; init; }

    /// <summary>Question id → the current answers.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Answer>> Answers { get; init; }

    public required IReadOnlyList<ModerationDecision> Moderation { get; init; }

    /// <summary>Every werkpunt of every exercise, hidden and merged ones too.</summary>
    public required IReadOnlyList<Werkpunt> Werkpunten { get; init; }

    /// <summary>Werkpunt id → +1s given during the plenary feedback.</summary>
    public required IReadOnlyDictionary<string, int> PlusOnes { get; init; }

    /// <summary>Prioritisation activity id → the dots each participant spent.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<DotVote>> Dots { get; init; }

    /// <summary>Consent activity id → every participant's choice per werkpunt.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ConsentVote>> Consent { get; init; }

    /// <summary>What the facilitator recorded per domain of delegation, in the order of each item.</summary>
    public IReadOnlyList<DelegationRecord> Delegations { get; init; } = [];

    /// <summary>What the facilitator recorded about evaluating the agreements, per evaluation item.</summary>
    public IReadOnlyList<EvaluationRecord> Evaluations { get; init; } = [];

    public IReadOnlyList<Answer> AnswersTo(string questionId) => Answers.GetValueOrDefault(questionId) ?? [];

    /// <summary>A moderation queue rebuilt from the copied decisions (the runtime's own is mutable).</summary>
    public OpenTextModeration BuildModeration()
    {
        var moderation = new OpenTextModeration();
        foreach (var decision in Moderation)
        {
            moderation.Apply(decision);
        }

        return moderation;
    }
}
