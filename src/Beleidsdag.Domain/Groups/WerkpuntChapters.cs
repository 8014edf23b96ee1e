using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Groups;

/// <summary>Which chapter of the afsprakennota a werkpunt lands in (docs/rules.md).</summary>
public static class WerkpuntChapters
{
    /// <summary>
    /// Where a new werkpunt of this group starts: the group's chapter, else the exercise's, else "Rollen en
    /// taken" (the presentation's beleidscyclus exercise is about mutual expectations: roles and tasks).
    /// </summary>
    public static AfsprakennotaChapter Default(GroupExerciseActivity? exercise, string groupId) =>
        exercise?.FindGroup(groupId)?.Chapter ?? exercise?.Chapter ?? AfsprakennotaChapter.RollenEnTaken;

    /// <summary>The stored chapter; the default for a werkpunt stored before chapters were kept.</summary>
    public static AfsprakennotaChapter Of(Werkpunt werkpunt, GroupExerciseActivity? exercise) =>
        werkpunt.Chapter ?? Default(exercise, werkpunt.GroupId);

    /// <summary>A chapter's key as the phone and templates send it ("waarden-en-normen"); null for an unknown key.</summary>
    public static AfsprakennotaChapter? Parse(string? key) => Afsprakennota.FromKey(key);
}
