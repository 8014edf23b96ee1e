namespace Beleidsdag.Web.Live;

public enum AgendaChangeStatus
{
    Saved = 0,
    Unchanged = 1,

    /// <summary>The edit drops answers or werkpunten: nothing was saved; ask, then send it again confirmed.</summary>
    NeedsConfirmation = 2,

    /// <summary>Against the rules (a limit, the item on the screen now): nothing was saved.</summary>
    Refused = 3,

    NotFound = 4,
}

/// <summary>The outcome of an agenda edit; <see cref="Messages"/> are Dutch: the errors, or what a confirmation must name.</summary>
public sealed record AgendaChange(AgendaChangeStatus Status, IReadOnlyList<string> Messages)
{
    public static AgendaChange Saved { get; } = new(AgendaChangeStatus.Saved, []);

    public static AgendaChange Unchanged { get; } = new(AgendaChangeStatus.Unchanged, []);

    public static AgendaChange NotFound { get; } = new(AgendaChangeStatus.NotFound, ["Dit onderdeel bestaat niet (meer)."]);

    public bool Ok => Status is AgendaChangeStatus.Saved or AgendaChangeStatus.Unchanged;
}
