namespace Beleidsdag.Domain.Polls;

/// <summary>
/// The remembered outcome of one submission, keyed by participant and idempotency key.
/// A replay of the key gets this outcome again, a rejection too.
/// </summary>
public sealed record Receipt(string ParticipantId, string Key, SubmissionError Error, bool Superseded)
{
    public string StoreKey => $"{ParticipantId}|{Key}";
}
