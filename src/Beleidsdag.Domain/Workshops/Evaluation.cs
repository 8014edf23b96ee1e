using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// An agenda item in which the facilitator records when and by whom the agreements are evaluated and what happens
/// when one is broken (the presentation: "Bouw een evaluatiestructuur in", "Voorzie mechanismes bij inbreuken op
/// afspraken", and repeat it mid-term, "bijvoorbeeld na 3 jaar").
/// </summary>
public sealed record EvaluationActivity(string Id, string Title) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Evaluation;

    public override string Caption => Title;
}

/// <summary>What the facilitator recorded about evaluating the agreements (one per evaluation item).</summary>
public sealed record EvaluationRecord(string ActivityId, string When, string ByWhom, string Breaches, string MidTerm);

public static class EvaluationRules
{
    public const string DefaultTitle = "Evaluatie van de afspraken en inbreuken";

    /// <summary>The fields as the console and the export name them, in order.</summary>
    public static IReadOnlyList<string> FieldLabels { get; } =
    [
        "Wanneer evalueren we de afspraken?",
        "Door wie?",
        "Wat gebeurt er bij een inbreuk op een afspraak?",
        "Tussentijdse evaluatie en bijsturing (bv. na 3 jaar)",
    ];

    /// <summary>The presentation's words on it, quoted (slide "Werken op de randvoorwaarden is…").</summary>
    public static IReadOnlyList<string> Presentation { get; } =
    [
        "Bouw een evaluatiestructuur in",
        "Voorzie mechanismes bij inbreuken op afspraken",
        "Een oefening bij de start van de legislatuur… maar tevens te voeren tussentijds bijvoorbeeld na 3 jaar (evaluatie/bijsturing)",
    ];

    public static EvaluationRecord Clean(EvaluationRecord record) => record with
    {
        When = TextCleaner.Clean(record.When),
        ByWhom = TextCleaner.Clean(record.ByWhom),
        Breaches = TextCleaner.Clean(record.Breaches),
        MidTerm = TextCleaner.Clean(record.MidTerm),
    };

    public static IReadOnlyList<string> Check(EvaluationRecord record)
    {
        string[] fields = [record.When, record.ByWhom, record.Breaches, record.MidTerm];
        return [.. fields.Select((f, i) => (f, i)).Where(x => x.f.Length > Limits.RecordFieldLength)
            .Select(x => $"Het veld '{FieldLabels[x.i]}' is te lang (hoogstens {Limits.RecordFieldLength} tekens).")];
    }
}
