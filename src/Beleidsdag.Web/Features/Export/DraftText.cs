using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// Every word of the draft afsprakennota's frame: quoted from the presentation (/work/shared/domain), a heading or
/// column name, or a plainly marked gap for the secretary ("[in te vullen: …]"). Nothing here may say more than
/// the presentation does; the tests hold the draft to this list.
/// </summary>
public static class DraftText
{
    public const string Title = "Ontwerp afsprakennota";

    /// <summary>The presentation's last step, quoted: what this draft is for.</summary>
    public const string Purpose = "Vertalen resultaten beleidsdag in afsprakennota";

    public const string PartiesHeading = "Partijen en wettelijke basis";
    public const string PartiesSubheading = "Partijen";
    public const string LegalSubheading = "Wettelijke basis";
    public const string CarriedHeading = "Gedragen door beide kanten";
    public const string OthersHeading = "Andere werkpunten";
    public const string DelegationHeading = "Delegatie van bevoegdheden";
    public const string EvaluationHeading = "Evaluatie, rapportering en inbreuken";
    public const string ReportingSubheading = "Rapportering";
    public const string SignatureHeading = "Ondertekening";

    /// <summary>The parties as the presentation names them (artikel 171, § 2 DLB), each a literal piece of that quote.</summary>
    public static IReadOnlyList<string> Parties { get; } =
    [
        "algemeen directeur mede namens het managementteam",
        "CBS",
        "BCSD",
        "vast bureau",
        "de burgemeester",
        "voorzitter vast bureau",
        "voorzitter bijzonder comité voor de sociale dienst",
    ];

    public static IReadOnlyList<string> AgreementColumns { get; } = ["Werkpunt", "Oplossingen", "Wie", "Termijn", "Score", "Consent (akk. / bed. / bezw.)"];

    public static IReadOnlyList<string> LegalColumns { get; } = ["Artikel", "Uit de presentatie"];

    public static IReadOnlyList<string> DelegationColumns { get; } = ["Domein", "Delegatiebesluit", "Aan wie", "Hoe wordt erover gerapporteerd"];

    public static IReadOnlyList<string> EvaluationColumns { get; } = ["Vraag", "Afspraak"];

    public static IReadOnlyList<string> SignatureColumns { get; } = ["Partij", "Naam", "Handtekening", "Datum"];

    /// <summary>The H1 headings in order: the parties, one per chapter of the afsprakennota, the evaluation, the signatures.</summary>
    public static IReadOnlyList<string> Chapters { get; } =
        [PartiesHeading, .. Afsprakennota.Chapters.Select(Afsprakennota.Label), EvaluationHeading, SignatureHeading];

    /// <summary>Text the secretary writes, marked so it cannot be mistaken for an agreement.</summary>
    public static string Gap(string what) => $"[in te vullen: {what}]";

    public static bool IsGap(string text) => text.StartsWith("[in te vullen: ", StringComparison.Ordinal) && text.EndsWith(']');

    public static string NoAgreements(AfsprakennotaChapter chapter) =>
        Gap($"de afspraken over {Afsprakennota.Label(chapter).ToLowerInvariant()}; de beleidsdag leverde hier geen werkpunten op");

    public static readonly string Introduction = Gap("inleiding: aanleiding, datum van de beleidsdag en deelnemers");
    public static readonly string Principles = Gap("de principes van de delegatie");
    public static readonly string UseOfPowers = Gap("de wijze waarop de gedelegeerde bevoegdheden uitgeoefend worden");
    public static readonly string NoDelegations = Gap("de delegatiebesluiten: per domein het besluit waarnaar verwezen wordt");
    public static readonly string Name = Gap("naam");
    public static readonly string Date = Gap("datum");

    /// <summary>Every fixed sentence the draft may hold outside a table, a heading or the day's own data.</summary>
    public static IReadOnlyList<string> Sentences { get; } =
    [
        Purpose, DelegationsBlock.Advice, .. EvaluationRules.Presentation, .. Parties,
        Introduction, Principles, UseOfPowers, NoDelegations,
    ];
}
