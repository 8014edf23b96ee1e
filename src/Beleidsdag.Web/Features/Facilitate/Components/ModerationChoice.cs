using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Web.Features.Facilitate.Components;

public sealed record ModerationChoice(string ParticipantId, ModerationStatus Status, string? MergeInto);
