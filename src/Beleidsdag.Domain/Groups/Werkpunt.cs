namespace Beleidsdag.Domain.Groups;

/// <summary>Who takes a werkpunt up.</summary>
public enum WerkpuntOwner
{
    Unknown = 0,
    CbsVb = 1,
    Mat = 2,
    Beide = 3,

    /// <summary>A named role, such as algemeen directeur: see <see cref="WerkpuntContent.OwnerRole"/>.</summary>
    Rol = 4,
}

/// <summary>What a group writes about one werkpunt; every field is editable by any member.</summary>
public sealed record WerkpuntContent(
    string Text,
    IReadOnlyList<string> Oplossingen,
    WerkpuntOwner Owner,
    string OwnerRole,
    string Term,
    string Comments)
{
    public static string OwnerLabel(WerkpuntOwner owner, string role) => owner switch
    {
        WerkpuntOwner.CbsVb => "CBS/VB",
        WerkpuntOwner.Mat => "MAT",
        WerkpuntOwner.Beide => "CBS/VB en MAT samen",
        WerkpuntOwner.Rol => string.IsNullOrWhiteSpace(role) ? "een rol" : role,
        _ => "nog niet bepaald",
    };
}

/// <summary>
/// A werkpunt of a group, with the version every edit starts from: an edit made on an older version is a
/// conflict and is refused (docs/rules.md), so two people never silently overwrite each other.
/// </summary>
public sealed record Werkpunt(
    string Id,
    string ExerciseId,
    string GroupId,
    WerkpuntContent Content,
    int Version,
    bool Hidden,
    string? MergedInto,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// The afsprakennota chapter it belongs in: set from its group or exercise when it is made, then changed
    /// by the group or the facilitator. Null only in a werkpunt stored before chapters were kept (see <see cref="WerkpuntChapters"/>).
    /// </summary>
    public Workshops.AfsprakennotaChapter? Chapter { get; init; }

    /// <summary>The termijn as a date to sort on (<see cref="TermDates"/>), next to the label as typed; null when the label names none.</summary>
    public DateOnly? TermDate { get; init; }
}
