using Beleidsdag.Domain.Polls;

namespace Beleidsdag.Domain.Workshops;

/// <summary>
/// An agenda item in which the facilitator records, per domain, what the college delegates today and how (the
/// presentation's "Delegatie van bevoegdheden"). <see cref="Domains"/> are the rows it starts with; others can be added.
/// </summary>
public sealed record DelegationsActivity(string Id, string Title, IReadOnlyList<string> Domains) : Activity(Id)
{
    public override ActivityKind Kind => ActivityKind.Delegations;

    public override string Caption => Title;
}

/// <summary>What the facilitator recorded about one domain of delegation (docs/rules.md, "Delegaties").</summary>
public sealed record DelegationRecord(
    string ActivityId,
    string Domain,
    string Today,
    string ToWhom,
    string Decision,
    string Reporting,
    string Change);

public static class DelegationRules
{
    public const string DefaultTitle = "Delegaties: wat is vandaag gedelegeerd, en hoe?";

    /// <summary>The presentation's three examples: personeel, financieel, handtekening.</summary>
    public static IReadOnlyList<string> DefaultDomains { get; } = ["Personeel", "Financieel", "Handtekening"];

    /// <summary>The field names as the console and the export show them, in order.</summary>
    public static IReadOnlyList<string> FieldLabels { get; } =
        ["Domein", "Wat is vandaag gedelegeerd", "Aan wie", "Delegatiebesluit", "Hoe wordt erover gerapporteerd", "Wat moet er veranderen"];

    /// <summary>One row per domain: "personeel" and "Personeel " are the same row.</summary>
    public static string KeyOf(string domain) => TextCleaner.Clean(domain).ToLowerInvariant();

    public static DelegationRecord Clean(DelegationRecord record) => record with
    {
        Domain = TextCleaner.Clean(record.Domain),
        Today = TextCleaner.Clean(record.Today),
        ToWhom = TextCleaner.Clean(record.ToWhom),
        Decision = TextCleaner.Clean(record.Decision),
        Reporting = TextCleaner.Clean(record.Reporting),
        Change = TextCleaner.Clean(record.Change),
    };

    /// <summary>Every field over its limit, named in Dutch; empty when the record may be stored.</summary>
    public static IReadOnlyList<string> Check(DelegationRecord record)
    {
        var errors = new List<string>();
        if (record.Domain.Length == 0)
        {
            errors.Add("Geef het domein een naam (bv. Personeel).");
        }
        else if (record.Domain.Length > Limits.DelegationDomainLength)
        {
            errors.Add($"Het veld 'Domein' is te lang (hoogstens {Limits.DelegationDomainLength} tekens).");
        }

        string[] fields = [record.Today, record.ToWhom, record.Decision, record.Reporting, record.Change];
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Length > Limits.RecordFieldLength)
            {
                errors.Add($"Het veld '{FieldLabels[i + 1]}' is te lang (hoogstens {Limits.RecordFieldLength} tekens).");
            }
        }

        return errors;
    }
}
