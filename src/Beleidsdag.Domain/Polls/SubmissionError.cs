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
    EditConflict,
    UnknownWerkpunt,
    NotInGroup,
    TooManyWerkpunten,
    FieldTooLong,
    TooManyDots,
    ActivityNotOpen,

    /// <summary>Transient, unlike the others: nothing was stored (e.g. a full disk); the phone keeps the item and sends it again.</summary>
    StorageUnavailable,
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
        SubmissionError.EditConflict => "edit-conflict",
        SubmissionError.UnknownWerkpunt => "unknown-werkpunt",
        SubmissionError.NotInGroup => "not-in-group",
        SubmissionError.TooManyWerkpunten => "too-many-werkpunten",
        SubmissionError.FieldTooLong => "field-too-long",
        SubmissionError.TooManyDots => "too-many-dots",
        SubmissionError.ActivityNotOpen => "activity-not-open",
        SubmissionError.StorageUnavailable => "storage-unavailable",
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
        SubmissionError.TextEmpty => "Er is niets ingevuld.",
        SubmissionError.RankingIncomplete => "Zet elk onderdeel precies één keer in de rangorde.",
        SubmissionError.PointsNotHundred => $"Verdeel precies {Limits.PointsToSpread} punten, niet meer en niet minder.",
        SubmissionError.EditConflict => "Iemand anders paste dit werkpunt net aan. Bekijk de nieuwe versie en pas ze opnieuw aan.",
        SubmissionError.UnknownWerkpunt => "Dit werkpunt bestaat niet (meer).",
        SubmissionError.NotInGroup => "Je zit niet in deze groep.",
        SubmissionError.TooManyWerkpunten => $"Een groep heeft hoogstens {Limits.MaxWerkpuntenPerGroup} werkpunten.",
        SubmissionError.FieldTooLong => "Een van de velden is te lang of leeg.",
        SubmissionError.TooManyDots => "Je hebt niet zoveel stippen.",
        SubmissionError.ActivityNotOpen => "Dit onderdeel is nu niet open.",
        SubmissionError.StorageUnavailable => "Nog niet bewaard: de server kan even niets opslaan. Je telefoon probeert het vanzelf opnieuw.",
        _ => string.Empty,
    };
}
