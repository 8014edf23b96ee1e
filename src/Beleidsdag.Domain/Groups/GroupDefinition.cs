namespace Beleidsdag.Domain.Groups;

/// <summary>One group of the exercise: a name, the phase it works on (if any) and its richtvragen.</summary>
public sealed record GroupDefinition(string Id, string Name, BeleidscyclusPhase? Phase, IReadOnlyList<string> Richtvragen)
{
    /// <summary>The afsprakennota chapter this group's werkpunten start in; none: the exercise's (template key <c>chapter:</c>).</summary>
    public Workshops.AfsprakennotaChapter? Chapter { get; init; }
}
