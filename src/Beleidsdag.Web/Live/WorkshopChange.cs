namespace Beleidsdag.Web.Live;

/// <summary>What a committed change touched; a subscriber decides from it whom to tell.</summary>
[Flags]
public enum ChangeKind
{
    /// <summary>Answers, votes, moderation, participants: the figures on the screen and the console.</summary>
    Figures = 1,

    /// <summary>Where the room is (the agenda item, reveal, blank, timer): phones must follow at once.</summary>
    Room = 2,

    /// <summary>Group work: <see cref="WorkshopChange.Concerned"/> lists the participants whose own view changed.</summary>
    GroupWork = 4,

    /// <summary>A phone connected or left: only the counts change.</summary>
    Connections = 8,

    /// <summary>The live state was reloaded from the database (after a failed commit): anything may differ.</summary>
    Reloaded = 16,
}

/// <summary>One committed change of one workshop, published once by its runtime after the commit.</summary>
public sealed record WorkshopChange(WorkshopRuntime Runtime, ChangeKind What)
{
    public string WorkshopId => Runtime.Workshop.Id;

    /// <summary>The participants whose own group work (board, group, dots, consent) changed.</summary>
    public IReadOnlyList<string> Concerned { get; init; } = [];
}
