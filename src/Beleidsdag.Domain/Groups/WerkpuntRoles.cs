namespace Beleidsdag.Domain.Groups;

/// <summary>
/// The roles a werkpunt's "wie" is picked from (the phone and the console offer these; one list, here). Whatever
/// is picked or typed is stored as text (<see cref="WerkpuntContent.OwnerRole"/>), so a dienst can be named too.
/// </summary>
public static class WerkpuntRoles
{
    public static IReadOnlyList<string> All { get; } =
    [
        "College van burgemeester en schepenen",
        "Vast bureau",
        "Burgemeester",
        "Algemeen directeur",
        "MAT",
        "Financieel directeur",
    ];

    /// <summary>Under the list: a dienst is typed by name.</summary>
    public const string TypeADienst = "Of typ een dienst, bv. dienst financiën.";
}
