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
    ExclusiveOption = 23,
    ParticipantRemoved = 24,

    // A werkpunt's field named in the message; on the wire still field-too-long or text-empty, so phones need
    // no change. Fixed numbers: a receipt stores the number, and a replay must give the same message.
    WerkpuntEmpty = 100,
    WerkpuntTooLong = 101,
    TooManyOplossingen = 102,
    OplossingTooLong = 103,
    OwnerRoleTooLong = 104,
    TermTooLong = 105,
    CommentsTooLong = 106,

    /// <summary>A chapter key that is not one of the afsprakennota's; on the wire invalid-request (a phone bug, not a user's).</summary>
    UnknownChapter = 107,

    /// <summary>Transient, unlike the others: nothing was stored (e.g. a full disk); the phone keeps the item and sends it again.</summary>
    StorageUnavailable = 25,
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
        SubmissionError.WerkpuntEmpty => "text-empty",
        SubmissionError.WerkpuntTooLong or SubmissionError.TooManyOplossingen or SubmissionError.OplossingTooLong
            or SubmissionError.OwnerRoleTooLong or SubmissionError.TermTooLong or SubmissionError.CommentsTooLong => "field-too-long",
        SubmissionError.UnknownChapter => "invalid-request",
        SubmissionError.TooManyDots => "too-many-dots",
        SubmissionError.ActivityNotOpen => "activity-not-open",
        SubmissionError.ExclusiveOption => "exclusive-option",
        SubmissionError.ParticipantRemoved => "participant-removed",
        SubmissionError.StorageUnavailable => "storage-unavailable",
        _ => "ok",
    };

    public static string Message(SubmissionError error) => error switch
    {
        SubmissionError.UnknownQuestion => "Deze vraag bestaat niet (meer).",
        SubmissionError.QuestionNotOpen => "De stemming over deze vraag is gesloten: dit antwoord telt niet mee.",
        SubmissionError.UnknownOption => "Dit antwoord hoort niet bij deze vraag.",
        SubmissionError.WrongNumberOfOptions => "Kies precies één antwoord.",
        SubmissionError.SideRequired => "Kies eerst of je bij CBS/VB, MAT of anders hoort.",
        SubmissionError.InvalidRequest => "Dit verzoek is ongeldig of te groot.",
        SubmissionError.TooManyOptions => "Je koos te veel antwoorden.",
        SubmissionError.ScaleIncomplete => "Geef elke stelling een score.",
        SubmissionError.ValueOutOfRange => "Die score ligt buiten de schaal.",
        SubmissionError.TooManyWords => $"Geef hoogstens {Limits.MaxCloudWords} woorden.",
        SubmissionError.WordTooLong => $"Een woord of woordgroep mag hoogstens {Limits.MaxWordsPerCloudEntry} woorden en {Limits.CloudWordLength} tekens hebben.",
        SubmissionError.TextTooLong => $"Je antwoord mag hoogstens {Limits.OpenTextLength} tekens hebben.",
        SubmissionError.TextEmpty => "Er is niets ingevuld.",
        SubmissionError.RankingIncomplete => "Zet elk onderdeel precies één keer in de rangorde.",
        SubmissionError.PointsNotHundred => $"Verdeel precies {Limits.PointsToSpread} punten, niet meer en niet minder.",
        SubmissionError.EditConflict => "Iemand anders paste dit werkpunt net aan. Bekijk de nieuwe versie en pas ze opnieuw aan.",
        SubmissionError.UnknownWerkpunt => "Dit werkpunt bestaat niet (meer).",
        SubmissionError.NotInGroup => "Je zit niet in deze groep.",
        SubmissionError.TooManyWerkpunten => $"Een groep heeft hoogstens {Limits.MaxWerkpuntenPerGroup} werkpunten.",
        SubmissionError.FieldTooLong => "Een van de velden is te lang of leeg.",
        SubmissionError.WerkpuntEmpty => "Het veld 'werkpunt' mag niet leeg zijn.",
        SubmissionError.WerkpuntTooLong => $"Het veld 'werkpunt' is te lang (hoogstens {Limits.WerkpuntTextLength} tekens).",
        SubmissionError.TooManyOplossingen => $"Het aantal oplossingen is te groot (hoogstens {Limits.MaxOplossingen}).",
        SubmissionError.OplossingTooLong => $"Het veld 'oplossing' is te lang (hoogstens {Limits.OplossingLength} tekens).",
        SubmissionError.OwnerRoleTooLong => $"Het veld 'rol' is te lang (hoogstens {Limits.OwnerRoleLength} tekens).",
        SubmissionError.TermTooLong => $"Het veld 'termijn' is te lang (hoogstens {Limits.TermLength} tekens).",
        SubmissionError.CommentsTooLong => $"Het veld 'opmerkingen' is te lang (hoogstens {Limits.CommentsLength} tekens).",
        SubmissionError.UnknownChapter => "Kies een hoofdstuk van de afsprakennota uit de lijst.",
        SubmissionError.TooManyDots => "Je hebt niet zoveel stippen.",
        SubmissionError.ActivityNotOpen => "Dit onderdeel is nu niet open.",
        SubmissionError.ExclusiveOption => "Dit antwoord kan je niet combineren met een ander antwoord.",
        SubmissionError.ParticipantRemoved => "De begeleider heeft deze deelname verwijderd. Je antwoorden tellen niet meer mee.",
        SubmissionError.StorageUnavailable => "Nog niet bewaard: de server kan even niets opslaan. Je telefoon probeert het vanzelf opnieuw.",
        _ => string.Empty,
    };
}
