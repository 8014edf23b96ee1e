using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>Every question of the day in agenda order, each as a block (QuestionBlocks), chapter or not.</summary>
public static class ResultsSheet
{
    public static ExportSheet Build(ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rows = new List<ExportRow>
        {
            ExportRow.Title("Resultaten per vraag"),
            ExportRow.Note($"Percentages van wie de vraag beantwoordde. Per kant enkel waar elke kant geen of minstens {facts.MinimumPerSide} antwoorden gaf."),
            ExportRow.Blank,
        };
        var questions = facts.Snapshot.Workshop.Agenda.OfType<QuestionActivity>().ToList();
        rows.AddRange(questions.SelectMany(q => QuestionBlocks.Of(q, facts)));
        if (questions.Count == 0)
        {
            rows.Add(ExportRow.Note("Deze workshop heeft geen vragen."));
        }

        return new ExportSheet(ExportLabels.Results, rows);
    }
}
