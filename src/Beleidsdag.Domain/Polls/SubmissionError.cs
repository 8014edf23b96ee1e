using Beleidsdag.Domain.Workshops;

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
    TooManyOptions,
    ScaleIncomplete,
    ValueOutOfRange,
    TooManyWords,
    WordTooLong,
    TextTooLong,
    TextEmpty,
    RankingIncomplete,
    PointsNotHundred,
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
        SubmissionError.TooManyOptions => "too-many-options",
        SubmissionError.ScaleIncomplete => "scale-incomplete",
        SubmissionError.ValueOutOfRange => "value-out-of-range",
        SubmissionError.TooManyWords => "too-many-words",
        SubmissionError.WordTooLong => "word-too-long",
        SubmissionError.TextTooLong => "text-too-long",
        SubmissionError.TextEmpty => "text-empty",
        SubmissionError.RankingIncomplete => "ranking-incomplete",
        SubmissionError.PointsNotHundred => "points-not-hundred",
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
        SubmissionError.TooManyOptions => "Je koos te veel antwoorden.",
        SubmissionError.ScaleIncomplete => "Geef elke stelling een score.",
        SubmissionError.ValueOutOfRange => "Die score ligt buiten de schaal.",
        SubmissionError.TooManyWords => $"Geef hoogstens {Limits.MaxCloudWords} woorden.",
        SubmissionError.WordTooLong => $"Een woord mag hoogstens {Limits.CloudWordLength} tekens hebben, zonder spaties.",
        SubmissionError.TextTooLong => $"Je antwoord mag hoogstens {Limits.OpenTextLength} tekens hebben.",
        SubmissionError.TextEmpty => "Je antwoord is leeg.",
        SubmissionError.RankingIncomplete => "Zet elk onderdeel precies één keer in de rangorde.",
        SubmissionError.PointsNotHundred => $"Verdeel precies {Limits.PointsToSpread} punten, niet meer en niet minder.",
        _ => string.Empty,
    };
}
