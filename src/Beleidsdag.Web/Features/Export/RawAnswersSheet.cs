using System.Globalization;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// One row per answer, with no participant identifier. The rows are sorted by question, then answer,
/// then side — never by participant or time — so one person's answers cannot be lined up across
/// questions. Where a side is under the anonymity minimum on a question, that question shows no side at
/// all (as on the screen: a blank for the small side alone would be found by elimination).
/// </summary>
public static class RawAnswersSheet
{
    public static readonly string[] Columns = ["Nr", "Vraag", "Soort", "Kant", "Antwoord", "Moderatie"];

    public static ExportSheet Build(ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rows = new List<ExportRow> { ExportRow.Header(Columns) };
        var compare = StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), CompareOptions.None);
        foreach (var activity in facts.Snapshot.Workshop.Agenda.OfType<QuestionActivity>())
        {
            var question = activity.Question;
            if (facts.IsOpen(question.Id))
            {
                continue; // "nog open": no figures, no answers either (Overzicht says so)
            }

            var showSide = facts.Split(question).Status == SplitStatus.Shown;
            var position = Cell.Whole(facts.PositionOf(activity));
            var text = Cell.Text(question.Text);
            var kind = Cell.Text(Prepare.Components.QuestionForm.TypeLabel(question.Type));
            var answers = facts.CountedAnswers(question)
                .Select(a => (
                    Side: showSide ? a.Side : (Side?)null,
                    Text: Describe(question, a.Content),
                    Moderation: question.Type == QuestionType.OpenText ? Moderation(question, facts.Moderation.StatusOf(a)) : string.Empty))
                .OrderBy(a => a.Text, compare)
                .ThenBy(a => a.Side)
                .ThenBy(a => a.Moderation, StringComparer.Ordinal);
            foreach (var answer in answers)
            {
                rows.Add(ExportRow.Data(position, text, kind, Cell.Text(answer.Side is { } s ? Sides.Label(s) : string.Empty), Cell.Text(answer.Text), Cell.Text(answer.Moderation)));
            }
        }

        return new ExportSheet(ExportLabels.RawAnswers, rows) { FrozenRows = 1, TableName = "RuweAntwoorden" };
    }

    /// <summary>An answer in words: option labels, "statement: value", the words or the text itself.</summary>
    public static string Describe(Question question, AnswerContent content)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(content);
        string Label(string optionId) => question.FindOption(optionId)?.Label ?? optionId;
        string Number(int value) => value.ToString(CultureInfo.CurrentCulture);
        return question.Type switch
        {
            QuestionType.WordCloud => string.Join(", ", content.Texts),
            QuestionType.OpenText => content.Texts.Count > 0 ? content.Texts[0] : string.Empty,
            QuestionType.Ranking => string.Join("; ", content.OptionIds.Select((id, i) => $"{Number(i + 1)}. {Label(id)}")),
            QuestionType.Scale or QuestionType.Points => string.Join("; ", question.Options
                .Where(o => content.Values.ContainsKey(o.Id))
                .Select(o => $"{o.Label}: {Number(content.Values[o.Id])}")),
            _ => string.Join("; ", content.OptionIds.Select(Label)),
        };
    }

    private static string Moderation(Question question, ModerationStatus status) => !question.Moderated ? "niet gemodereerd" : status switch
    {
        ModerationStatus.Approved => "goedgekeurd",
        ModerationStatus.Hidden => "verborgen",
        ModerationStatus.Merged => "samengevoegd",
        _ => "niet beoordeeld",
    };
}
