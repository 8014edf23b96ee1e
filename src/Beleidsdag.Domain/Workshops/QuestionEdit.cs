using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// Turns what the facilitator typed into the edited question. The question keeps its id; an option keeps
/// its id when renamed or moved (answers refer to it); a new option gets a fresh one.
/// </summary>
public static class QuestionEdit
{
    /// <param name="before">The question being edited, or null for a new one.</param>
    /// <param name="draft">What was typed.</param>
    /// <param name="optionIds">Parallel to <paramref name="draft"/>'s options: the id an option had, or null for a new one.</param>
    public static Question Apply(Question? before, QuestionDraft draft, IReadOnlyList<string?> optionIds)
    {
        var edited = draft.ToQuestion(before?.Id ?? SecretKey.NewId());
        if (edited.Type == QuestionType.YesNo)
        {
            return before is { Type: QuestionType.YesNo } ? edited with { Options = before.Options } : edited;
        }

        // ToQuestion leaves blank options out: pair the ids with the labels that remain.
        var kept = draft.Options
            .Select((label, i) => (Label: label, Id: i < optionIds.Count ? optionIds[i] : null))
            .Where(o => !string.IsNullOrWhiteSpace(o.Label))
            .Select(o => o.Id)
            .ToList();
        return edited with
        {
            Options = [.. edited.Options.Select((option, i) =>
                kept.ElementAtOrDefault(i) is { } id && before?.FindOption(id) is not null ? option with { Id = id } : option)],
        };
    }
}
