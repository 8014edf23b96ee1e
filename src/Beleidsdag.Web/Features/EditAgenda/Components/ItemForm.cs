using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Prepare.Components;

namespace Beleidsdag.Web.Features.EditAgenda.Components;

/// <summary>
/// The editable state of one agenda item: a question (through the new-workshop page's <see cref="QuestionForm"/>),
/// an info slide, or the title (and dots) of a group exercise, prioritisation or consent round.
/// </summary>
public sealed class ItemForm
{
    /// <summary>Null for an item that is not on the agenda yet.</summary>
    public string? ActivityId { get; init; }

    public required ActivityKind Kind { get; init; }

    public QuestionForm? Question { get; init; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public int Dots { get; set; } = Limits.DefaultDots;

    public static ItemForm From(Activity activity) => activity switch
    {
        QuestionActivity q => new() { ActivityId = q.Id, Kind = q.Kind, Question = QuestionForm.From(q.Question) },
        InfoActivity i => new() { ActivityId = i.Id, Kind = i.Kind, Title = i.Title, Body = i.Body },
        PrioritisationActivity p => new() { ActivityId = p.Id, Kind = p.Kind, Title = p.Title, Dots = p.Dots },
        _ => new() { ActivityId = activity.Id, Kind = activity.Kind, Title = activity.Caption },
    };

    public static ItemForm NewQuestion() => new() { Kind = ActivityKind.Question, Question = new QuestionForm() };

    public static ItemForm NewInfo() => new() { Kind = ActivityKind.Info };

    public static ItemForm NewEvaluation() => new() { Kind = ActivityKind.Evaluation, Title = EvaluationRules.DefaultTitle };

    public static ItemForm NewDelegations() => new() { Kind = ActivityKind.Delegations, Title = DelegationRules.DefaultTitle };
}
