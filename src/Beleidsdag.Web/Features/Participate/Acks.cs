using System.Text.RegularExpressions;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Participate;

/// <summary>Turning outcomes into acknowledgements (docs/protocol.md).</summary>
internal static class Acks
{
    public static Ack Of(Receipt receipt) => new(
        receipt.Key,
        receipt.Error == SubmissionError.None,
        SubmissionErrors.Code(receipt.Error),
        receipt.Error == SubmissionError.None ? null : SubmissionErrors.Message(receipt.Error),
        receipt.Superseded);

    public static Ack Rejected(string? key, SubmissionError error) =>
        new(key, false, SubmissionErrors.Code(error), SubmissionErrors.Message(error), false);
}

/// <summary>The idempotency key's shape: 8–64 characters [A-Za-z0-9_-].</summary>
internal static partial class Keys
{
    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex Pattern();
}
