namespace Beleidsdag.Web.Features.EditAgenda.Components;

/// <summary>What the agenda editor asks the page to do; the page sends it to the service.</summary>
public abstract record AgendaCommand;

public sealed record MoveItem(string ActivityId, int Offset) : AgendaCommand;

public sealed record RemoveItem(string ActivityId) : AgendaCommand;

public sealed record SaveItem(ItemForm Form) : AgendaCommand;
