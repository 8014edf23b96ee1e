using System.Globalization;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Features.Export;

/// <summary>
/// The secretary's first draft of the afsprakennota, written from the day (docs/export.md, "Ontwerp afsprakennota"):
/// the parties and legal basis as the presentation quotes them, one chapter per condition with that chapter's
/// werkpunten (carried by both sides first), the delegations as the presentation advises, the evaluation and
/// the reporting duties, and a signature block. Every other sentence is a gap marked "[in te vullen: …]".
/// </summary>
public static class AfsprakennotaDraft
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static void Write(ExportFacts facts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var workshop = facts.Snapshot.Workshop;
        var writer = new DraftWriter();
        writer.Title(DraftText.Title);
        writer.Paragraph(Subtitle(workshop));
        writer.Quote(DraftText.Purpose);
        writer.Paragraph(DraftText.Introduction);

        writer.Heading1(DraftText.PartiesHeading);
        writer.Heading2(DraftText.PartiesSubheading);
        foreach (var party in DraftText.Parties)
        {
            writer.Paragraph(party);
        }

        writer.Heading2(DraftText.LegalSubheading);
        writer.Table(DraftText.LegalColumns, LegalBasis.Nota.Select(a => (IReadOnlyList<string>)[a.Article, a.Text]), [28, 72]);

        foreach (var chapter in Afsprakennota.Chapters)
        {
            writer.Heading1(Afsprakennota.Label(chapter));
            Agreements(writer, chapter, facts);
            if (chapter == AfsprakennotaChapter.Delegaties)
            {
                Delegations(writer, facts);
            }
        }

        Evaluation(writer, facts);
        writer.Heading1(DraftText.SignatureHeading);
        writer.Table(DraftText.SignatureColumns, DraftText.Parties.Select(p => (IReadOnlyList<string>)[p, DraftText.Name, string.Empty, DraftText.Date]), [34, 26, 22, 18]);
        writer.Save(output, $"{DraftText.Title} — {workshop.Municipality}");
    }

    /// <summary>"Zottegem — beleidsdag van 28 november 2026": the municipality and the day's date.</summary>
    public static string Subtitle(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return $"{workshop.Municipality} — beleidsdag van {workshop.Date.ToString("d MMMM yyyy", Dutch)}";
    }

    /// <summary>
    /// The chapter's visible werkpunten (hidden and merged ones left out), carried by both sides first, each part in
    /// score order as on the chapter sheet.
    /// </summary>
    public static (IReadOnlyList<Werkpunt> Carried, IReadOnlyList<Werkpunt> Others) AgreementsOf(AfsprakennotaChapter chapter, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var werkpunten = facts.Werkpunten
            .Where(w => !w.Hidden && w.MergedInto is null && facts.ChapterOf(w) == chapter)
            .Select((w, i) => (Werkpunt: w, Order: i, Priority: facts.PriorityOf(w)))
            .OrderByDescending(x => x.Priority?.EqualWeightScore ?? -1)
            .ThenByDescending(x => x.Priority?.Total ?? -1)
            .ThenBy(x => x.Order)
            .Select(x => x.Werkpunt)
            .ToList();
        return ([.. werkpunten.Where(w => CarriedByBoth(w, facts))], [.. werkpunten.Where(w => !CarriedByBoth(w, facts))]);
    }

    /// <summary>Carried by both sides in the consent round; without a consent figure, supported by both sides in the dots.</summary>
    public static bool CarriedByBoth(Werkpunt werkpunt, ExportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.ConsentOf(werkpunt) is { } consent
            ? consent.CarriedByBothSides
            : facts.PriorityOf(werkpunt) is { } priority && facts.DotsSplitShown && priority.BothSidesSupport;
    }

    private static void Agreements(DraftWriter writer, AfsprakennotaChapter chapter, ExportFacts facts)
    {
        var (carried, others) = AgreementsOf(chapter, facts);
        if (carried.Count + others.Count == 0)
        {
            writer.Paragraph(DraftText.NoAgreements(chapter));
            return;
        }

        if (carried.Count > 0)
        {
            writer.Heading2(DraftText.CarriedHeading);
            writer.Table(DraftText.AgreementColumns, carried.Select(w => Row(w, facts)), [24, 25, 13, 12, 9, 17]);
        }

        if (others.Count > 0)
        {
            writer.Heading2(DraftText.OthersHeading);
            writer.Table(DraftText.AgreementColumns, others.Select(w => Row(w, facts)), [24, 25, 13, 12, 9, 17]);
        }
    }

    private static IReadOnlyList<string> Row(Werkpunt werkpunt, ExportFacts facts)
    {
        var content = werkpunt.Content;
        var priority = facts.PriorityOf(werkpunt);
        return
        [
            content.Text,
            content.Oplossingen.Count == 0 ? DraftText.Gap("oplossingen") : ExportLabels.Oplossingen(content.Oplossingen),
            content.Owner == WerkpuntOwner.Unknown ? DraftText.Gap("wie") : WerkpuntContent.OwnerLabel(content.Owner, content.OwnerRole),
            content.Term.Length == 0 ? DraftText.Gap("termijn") : content.Term,
            priority is null ? string.Empty : Rounding.OneDecimal(priority.EqualWeightScore).ToString("0.0", Dutch),
            ConsentLabel(facts.ConsentOf(werkpunt)),
        ];
    }

    /// <summary>Akkoord / bedenking / bezwaar per side where the anonymity rule shows the sides, else for the room.</summary>
    public static string ConsentLabel(ConsentRow? row) => row switch
    {
        null => string.Empty,
        { CbsVb: { } cbs, Mat: { } mat } => $"CBS/VB {ExportLabels.Consent(cbs)}\nMAT {ExportLabels.Consent(mat)}",
        _ => $"Zaal {ExportLabels.Consent(row.Overall)}",
    };

    private static void Delegations(DraftWriter writer, ExportFacts facts)
    {
        writer.Heading2(DraftText.DelegationHeading);
        writer.Quote(DelegationsBlock.Advice);
        writer.Paragraph(DraftText.Principles);
        writer.Paragraph(DraftText.UseOfPowers);
        var records = facts.Snapshot.Delegations;
        if (records.Count == 0)
        {
            writer.Paragraph(DraftText.NoDelegations);
            return;
        }

        writer.Table(DraftText.DelegationColumns, records.Select(r => (IReadOnlyList<string>)
        [
            r.Domain,
            OrGap(r.Decision, "delegatiebesluit"),
            OrGap(r.ToWhom, "aan wie"),
            OrGap(r.Reporting, "rapportering"),
        ]), [20, 30, 20, 30]);
    }

    private static void Evaluation(DraftWriter writer, ExportFacts facts)
    {
        writer.Heading1(DraftText.EvaluationHeading);
        foreach (var line in EvaluationRules.Presentation)
        {
            writer.Quote(line);
        }

        var records = facts.Snapshot.Evaluations;
        IReadOnlyList<EvaluationRecord?> shown = records.Count == 0 ? [null] : [.. records];
        foreach (var record in shown)
        {
            string?[] values = [record?.When, record?.ByWhom, record?.Breaches, record?.MidTerm];
            writer.Table(DraftText.EvaluationColumns, EvaluationRules.FieldLabels.Select((label, i) => (IReadOnlyList<string>)[label, OrGap(values[i], "afspraak")]), [40, 60]);
        }

        writer.Heading2(DraftText.ReportingSubheading);
        writer.Table(DraftText.LegalColumns, LegalBasis.Reporting.Select(a => (IReadOnlyList<string>)[a.Article, a.Text]), [22, 78]);
    }

    private static string OrGap(string? value, string what) => string.IsNullOrWhiteSpace(value) ? DraftText.Gap(what) : value;
}
