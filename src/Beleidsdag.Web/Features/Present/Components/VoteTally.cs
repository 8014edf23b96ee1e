using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>
/// The prioritisation's or consent round's live result, also before the room sees it: for the console, and
/// the "hoeveel stemden" count on the screen while the result is hidden.
/// </summary>
public sealed record VoteTally(int Voters, PrioritiesScreen? Priorities, IReadOnlyList<ConsentLine>? ConsentLines);
