using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Live;

namespace Beleidsdag.Web.Features.Facilitate;

/// <summary>What the projector shows now, in one or two words, as the console's cockpit names it.</summary>
public static class ScreenStateWord
{
    public static string Of(ScreenView? screen) => screen switch
    {
        null => "geen scherm",
        { Blanked: true } => "zwart",
        { Gaps: not null } => "verschillen",
        { Current: null } => "welkom",
        { Current: var current } => Of(current),
    };

    /// <summary>The state of one agenda item (also where the screen is not on it).</summary>
    public static string Of(ActivityView item) => item.Kind switch
    {
        ActivityKind.Info => "infodia",
        ActivityKind.Delegations => "delegaties",
        ActivityKind.Evaluation => "evaluatie",
        ActivityKind.GroupExercise when item.Exercise?.Plenary == true => "terugkoppeling",
        ActivityKind.GroupExercise => "groepswerk",
        _ => (item.Phase, item.Revealed, item.SplitBySide && item.Kind == ActivityKind.Question) switch
        {
            (_, true, true) => "per kant",
            (_, true, _) => "resultaten getoond",
            (QuestionPhase.Open, _, _) => "open",
            (QuestionPhase.Closed, _, _) => "gesloten",
            _ => "nog niet geopend",
        },
    };
}
