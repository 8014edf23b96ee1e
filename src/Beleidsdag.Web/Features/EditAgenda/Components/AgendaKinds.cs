using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.EditAgenda.Components;

/// <summary>The Dutch name of each kind of agenda item, as the editor shows it.</summary>
public static class AgendaKinds
{
    public static string Label(ActivityKind kind) => kind switch
    {
        ActivityKind.Question => "vraag",
        ActivityKind.Info => "infodia",
        ActivityKind.GroupExercise => "groepsoefening",
        ActivityKind.Prioritisation => "prioriteren",
        ActivityKind.ConsentRound => "consentronde",
        ActivityKind.Delegations => "delegaties",
        ActivityKind.Evaluation => "evaluatie",
        _ => kind.ToString(),
    };
}
