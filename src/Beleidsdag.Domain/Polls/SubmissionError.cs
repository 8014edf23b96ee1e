namespace Beleidsdag.Domain.Polls;

/// <summary>
/// Why a submission was refused. Every one of these is permanent: the phone drops the item from its
/// outbox and shows the Dutch message. Transient failures (no connection, rate limit) are not listed here.
/// </summary>
public enum SubmissionError
{
    None = 0,
    UnknownQuestion,
    QuestionNotOpen,
    UnknownOption,
    WrongNumberOfOptions,
    SideRequired,
    InvalidRequest,
}

public static class SubmissionErrors
{
    /// <summary>The code on the wire (docs/protocol.md lists them).</summary>
    public static string Code(SubmissionError error) => error switch
    {
        SubmissionError.UnknownQuestion => "unknown-question",
        SubmissionError.QuestionNotOpen => "question-not-open",
        SubmissionError.UnknownOption => "unknown-option",
        SubmissionError.WrongNumberOfOptions => "wrong-number-of-options",
        SubmissionError.SideRequired => "side-required",
        SubmissionError.InvalidRequest => "invalid-request",
        _ => "ok",
    };

    public static string Message(SubmissionError error) => error switch
    {
        SubmissionError.UnknownQuestion => "Deze vraag bestaat niet (meer).",
        SubmissionError.QuestionNotOpen => "Deze vraag is gesloten: je antwoord is niet meer meegeteld.",
        SubmissionError.UnknownOption => "Dit antwoord hoort niet bij deze vraag.",
        SubmissionError.WrongNumberOfOptions => "Kies precies één antwoord.",
        SubmissionError.SideRequired => "Kies eerst of je bij CBS/VB, MAT of anders hoort.",
        SubmissionError.InvalidRequest => "Dit verzoek is ongeldig of te groot.",
        _ => string.Empty,
    };
}
