using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Prepare.Components;

namespace Beleidsdag.Web.Features.Export;

/// <summary>The workbook's Dutch words that are not already defined in the domain.</summary>
public static class ExportLabels
{
    public const string Overview = "Overzicht";
    public const string Werkpunten = "Werkpunten";
    public const string Results = "Resultaten";
    public const string RawAnswers = "Ruwe antwoorden";

    /// <summary>An open question or round: its figures could still change, so this export shows none (docs/rules.md).</summary>
    public const string StillOpen = "Nog open: de stemming loopt nog. Sluit de vraag en exporteer opnieuw voor de resultaten.";

    public static string Kind(Activity activity) => activity switch
    {
        QuestionActivity q => "Vraag: " + QuestionForm.TypeLabel(q.Question.Type).ToLowerInvariant(),
        InfoActivity => "Info",
        GroupExerciseActivity => "Groepsoefening",
        PrioritisationActivity => "Prioriteren (stippen)",
        ConsentActivity => "Consentronde",
        DelegationsActivity => "Delegaties (ingevuld door de begeleider)",
        EvaluationActivity => "Evaluatie van de afspraken (ingevuld door de begeleider)",
        _ => activity.Kind.ToString(),
    };

    public static string Chapter(AfsprakennotaChapter? chapter) => chapter is { } c ? Afsprakennota.Label(c) : string.Empty;

    public static string Side(Side? side) => side is { } s ? Sides.Label(s) : "Nog geen kant";

    public static string Phase(GroupDefinition? group) => group?.Phase is { } phase ? Beleidscyclus.Label(phase) : string.Empty;

    public static string YesNo(bool value) => value ? "ja" : "nee";

    /// <summary>Akkoord / bedenking / bezwaar as one short text; empty when the side is not shown.</summary>
    public static string Consent(ConsentCounts? counts) => counts is null ? string.Empty : $"{counts.Akkoord} / {counts.Bedenking} / {counts.Bezwaar}";

    /// <summary>One oplossing as it is; several as a list, one per line.</summary>
    public static string Oplossingen(IReadOnlyList<string> oplossingen) =>
        oplossingen.Count <= 1 ? string.Join(string.Empty, oplossingen) : string.Join("\n", oplossingen.Select(o => "• " + o));

    public static string Status(Werkpunt werkpunt, Func<string, Werkpunt?> find) => werkpunt switch
    {
        { MergedInto: { } into } => "samengevoegd met: " + (find(into)?.Content.Text ?? "een ander werkpunt"),
        { Hidden: true } => "verborgen door de begeleider",
        _ => "zichtbaar",
    };
}
