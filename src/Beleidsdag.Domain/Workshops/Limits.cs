namespace Beleidsdag.Domain.Workshops;

/// <summary>Every input has a limit; the phone checks these before sending and the server again.</summary>
public static class Limits
{
    public const int TitleLength = 120;
    public const int InfoBodyLength = 2000;
    public const int MunicipalityLength = 80;
    public const int QuestionTextLength = 300;
    public const int OptionLabelLength = 120;
    public const int MinOptions = 2;
    public const int MaxOptions = 8;
    public const int MaxActivities = 100;
    public const int IdempotencyKeyLength = 64;
    public const int IdLength = 40;
    public const int MaxCloudWords = 3;
    public const int CloudWordLength = 30;

    /// <summary>A word-cloud entry is a word or a short phrase ("open communicatie"): at most this many words (docs/rules.md).</summary>
    public const int MaxWordsPerCloudEntry = 3;
    public const int OpenTextLength = 500;
    public const int PointsToSpread = 100;
    public const int ScaleLabelLength = 60;
    public const int WerkpuntTextLength = 300;
    public const int OplossingLength = 500;
    public const int MaxOplossingen = 5;
    public const int OwnerRoleLength = 80;
    public const int TermLength = 80;
    public const int CommentsLength = 1000;
    public const int MaxWerkpuntenPerGroup = 20;
    public const int MaxGroups = 8;
    public const int GroupNameLength = 80;
    public const int MaxRichtvragen = 12;
    public const int DefaultDots = 3;
    public const int MaxDots = 10;

    /// <summary>A delegation's domain ("Personeel") and how many domains one delegations item holds.</summary>
    public const int DelegationDomainLength = 80;
    public const int MaxDelegationDomains = 20;

    /// <summary>Each field the facilitator records about a delegation or the evaluation of the agreements.</summary>
    public const int RecordFieldLength = 1000;

    /// <summary>A side with fewer respondents than this on a question is never shown on its own (a setting can raise it).</summary>
    public const int DefaultMinimumPerSide = 3;
}
