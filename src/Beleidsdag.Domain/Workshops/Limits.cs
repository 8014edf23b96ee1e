namespace Beleidsdag.Domain.Workshops;

/// <summary>Every input has a limit; the phone checks these before sending and the server again.</summary>
public static class Limits
{
    public const int TitleLength = 120;
    public const int MunicipalityLength = 80;
    public const int QuestionTextLength = 300;
    public const int OptionLabelLength = 120;
    public const int MinOptions = 2;
    public const int MaxOptions = 8;
    public const int MaxActivities = 100;
    public const int IdempotencyKeyLength = 64;
    public const int IdLength = 40;
}
