using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Present.Components;

/// <summary>One side's answers to a choice question, for the grouped bars of a split.</summary>
public sealed record SideChoice(Side Side, ChoiceResult Result);
