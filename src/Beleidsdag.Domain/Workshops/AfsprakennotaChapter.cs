namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// The chapters of the afsprakennota that the day feeds. A template tags each activity with the chapter
/// it is input for; the export gives each chapter its own sheet.
/// </summary>
public enum AfsprakennotaChapter
{
    WaardenEnNormen = 1,
    RollenEnTaken = 2,
    Delegaties = 3,
    Communicatie = 4,
    Werkafspraken = 5,
    Teamwerking = 6,
}

public static class Afsprakennota
{
    public static IReadOnlyList<AfsprakennotaChapter> Chapters { get; } = Enum.GetValues<AfsprakennotaChapter>();

    /// <summary>The chapter's Dutch title; also its sheet name in the export (at most 31 characters).</summary>
    public static string Label(AfsprakennotaChapter chapter) => chapter switch
    {
        AfsprakennotaChapter.WaardenEnNormen => "Waarden en normen",
        AfsprakennotaChapter.RollenEnTaken => "Rollen en taken",
        AfsprakennotaChapter.Delegaties => "Delegaties",
        AfsprakennotaChapter.Communicatie => "Communicatie",
        AfsprakennotaChapter.Werkafspraken => "Werkafspraken",
        AfsprakennotaChapter.Teamwerking => "Teamwerking",
        _ => throw new ArgumentOutOfRangeException(nameof(chapter)),
    };

    /// <summary>The key a template writes after <c>chapter:</c>, e.g. <c>waarden-en-normen</c>.</summary>
    public static string Key(AfsprakennotaChapter chapter) => Label(chapter).ToLowerInvariant().Replace(' ', '-');

    public static AfsprakennotaChapter? FromKey(string? key) =>
        Chapters.Select(c => (AfsprakennotaChapter?)c).FirstOrDefault(c => Key(c!.Value) == key?.Trim().ToLowerInvariant());
}
