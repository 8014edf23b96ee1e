using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Export;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>The draft afsprakennota (.docx) as the secretary opens it in Word or LibreOffice Writer.</summary>
public sealed class AfsprakennotaDraftTests
{
    private static readonly DelegationsActivity Delegations = new("del", "Delegaties vandaag", DelegationRules.DefaultDomains) { Chapter = AfsprakennotaChapter.Delegaties };
    private static readonly EvaluationActivity Evaluation = new("eval", "Evaluatie van de afspraken") { Chapter = AfsprakennotaChapter.Werkafspraken };

    private static DraftDocument DefaultDraft() => DraftDocument.Of(DefaultDay.Build() with
    {
        Delegations =
        [
            new("del", "Personeel", "Aanstelling contractuelen", "Algemeen directeur", "CBS-besluit van 12/03/2025", "Maandelijks aan het college", "Ook niveau A"),
            new("del", "Financieel", "Aankopen tot 8.500 euro", "MAT", string.Empty, "Kwartaalrapport", string.Empty),
        ],
        Evaluations = [new("eval", "Jaarlijks in december", "CBS en MAT samen", "Aanspreken door burgemeester en algemeen directeur", string.Empty)],
    });

    [Fact]
    public void Draft_OfADefaultDay_HasNoOpenXmlErrors()
    {
        var draft = DefaultDraft();
        using var document = WordprocessingDocument.Open(new MemoryStream(draft.Bytes), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
    }

    [Fact]
    public void EveryPage_HasAFooter_WithTheNotaAndItsPageNumber()
    {
        var draft = DefaultDraft();
        using var document = WordprocessingDocument.Open(new MemoryStream(draft.Bytes), false);
        var main = document.MainDocumentPart!;
        var reference = main.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
            .Elements<DocumentFormat.OpenXml.Wordprocessing.FooterReference>().Single();
        var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;

        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Equal(["PAGE", "NUMPAGES"], footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Select(f => f.Text.Trim()));
        Assert.StartsWith("Ontwerp afsprakennota — Zottegem · pagina ", footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_AreWordHeadings_OneChapterPerCondition_ThenEvaluationAndSignatures()
    {
        var draft = DefaultDraft();
        using var document = WordprocessingDocument.Open(new MemoryStream(draft.Bytes), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToList();

        Assert.Equal(
            ["Partijen en wettelijke basis", "Waarden en normen", "Rollen en taken", "Delegaties", "Communicatie", "Werkafspraken", "Teamwerking", "Evaluatie, rapportering en inbreuken", "Ondertekening"],
            draft.Headings("Heading1"));
        Assert.Equal("heading 1", styles.Single(s => s.StyleId == "Heading1").StyleName!.Val!.Value);
        Assert.Equal("heading 2", styles.Single(s => s.StyleId == "Heading2").StyleName!.Val!.Value);
        Assert.Equal("Ontwerp afsprakennota", draft.Headings("Title").Single());
        Assert.Contains("Zottegem — beleidsdag van 28 november 2026", draft.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Agreements_AreTheChaptersWerkpunten_CarriedByBothSidesFirst_WithoutHiddenOrMerged()
    {
        var day = new DayBuilder();
        var cbs = day.People(Side.CbsVb, 3, "cbs");
        var mat = day.People(Side.Mat, 3, "mat");
        var exercise = DayBuilder.BeleidscyclusExercise();
        var dots = new PrioritisationActivity("dots", "Prioriteren", 5);
        var consent = new ConsentActivity("consent", "Consent");
        day.Add(exercise);
        var hidden = day.Werkpunt(exercise, 0, "Verborgen werkpunt", hidden: true);
        var kept = day.Werkpunt(exercise, 0, "Adviezen komen te laat bij het college", oplossingen: ["Vaste adviesplanning"]);
        day.Werkpunt(exercise, 1, "Dubbel van de adviezen", mergedInto: kept.Id);
        var contested = day.Werkpunt(exercise, 1, "Schepenen sturen diensten rechtstreeks aan");
        var elsewhere = day.InChapter(day.Werkpunt(exercise, 2, "Een vast overleg burgemeester en algemeen directeur"), AfsprakennotaChapter.Communicatie);
        day.Add(dots).Add(consent);
        foreach (var p in cbs.Concat(mat))
        {
            // The contested werkpunt gets the most dots: it still comes after the one both sides carry.
            day.Dots(dots, p, contested, 3);
        }

        day.Consent(consent, cbs.Concat(mat), kept, ConsentChoice.Akkoord)
            .Consent(consent, cbs, contested, ConsentChoice.Akkoord).Consent(consent, mat, contested, ConsentChoice.Bezwaar)
            .Consent(consent, cbs.Concat(mat), elsewhere, ConsentChoice.Akkoord);

        var draft = DraftDocument.Of(day.Build());

        var carried = draft.TableAfter("Rollen en taken", DraftText.CarriedHeading);
        var others = draft.TableAfter("Rollen en taken", DraftText.OthersHeading);
        Assert.Equal(["Adviezen komen te laat bij het college", "Vaste adviesplanning", "CBS/VB en MAT samen", "tegen de zomer"], carried.Single().Take(4));
        Assert.Equal("CBS/VB 3 / 0 / 0\nMAT 3 / 0 / 0", carried.Single()[5]);
        Assert.Equal("Schepenen sturen diensten rechtstreeks aan", others.Single()[0]);
        Assert.Equal("CBS/VB 3 / 0 / 0\nMAT 0 / 0 / 3", others.Single()[5]);
        Assert.Equal([elsewhere.Content.Text], draft.TableAfter("Communicatie", DraftText.CarriedHeading).Select(r => r[0]));
        Assert.DoesNotContain(draft.Blocks, b => b.Rows?.Any(r => r.Contains(hidden.Content.Text) || r.Contains("Dubbel van de adviezen")) == true);
        Assert.Equal([DraftText.NoAgreements(AfsprakennotaChapter.WaardenEnNormen)], draft.Chapter("Waarden en normen").Select(b => b.Text));
    }

    [Fact]
    public void EveryFrameSentence_IsQuotedFromThePresentation_OrAGapForTheSecretary()
    {
        var draft = DefaultDraft();
        string[] headings = [DraftText.Title, .. DraftText.Chapters, DraftText.PartiesSubheading, DraftText.LegalSubheading, DraftText.CarriedHeading, DraftText.OthersHeading, DraftText.DelegationHeading, DraftText.ReportingSubheading];
        IReadOnlyList<string>[] columns = [DraftText.AgreementColumns, DraftText.LegalColumns, DraftText.DelegationColumns, DraftText.EvaluationColumns, DraftText.SignatureColumns];

        foreach (var block in draft.Blocks)
        {
            if (block.Rows is { } rows)
            {
                Assert.Contains(columns, c => c.SequenceEqual(rows[0]));
                Assert.All(rows.SelectMany(r => r).Where(t => t.Contains('[', StringComparison.Ordinal)), t => Assert.True(DraftText.IsGap(t), t));
            }
            else if (block.Style is "Title" or "Heading1" or "Heading2")
            {
                Assert.Contains(block.Text, headings);
            }
            else
            {
                Assert.True(DraftText.Sentences.Contains(block.Text) || DraftText.IsGap(block.Text) || block.Text == AfsprakennotaDraft.Subtitle(DefaultDay.Build().Workshop), block.Text);
            }
        }

        // The quotes are the presentation's own words, one source with the workbook.
        Assert.All(DraftText.Parties, p => Assert.Contains(p, LegalBasis.Nota[0].Text, StringComparison.Ordinal));
        var legal = draft.TableAfter("Partijen en wettelijke basis", DraftText.LegalSubheading);
        Assert.Equal(LegalBasis.Nota.Select(a => new List<string> { a.Article, a.Text }), legal);
        Assert.Equal(LegalBasis.Reporting.Select(a => new List<string> { a.Article, a.Text }), draft.TableAfter(DraftText.EvaluationHeading, DraftText.ReportingSubheading));
    }

    [Fact]
    public void Delegations_ReferToTheDecisionsPerDomain_NotTheInventory()
    {
        var draft = DefaultDraft();
        var chapter = draft.Chapter("Delegaties");

        Assert.Contains(DelegationsBlock.Advice, chapter.Select(b => b.Text));
        Assert.Contains(DraftText.Principles, chapter.Select(b => b.Text));
        var rows = chapter.First(b => b.Rows?[0].SequenceEqual(DraftText.DelegationColumns) == true).Rows!.Skip(1).ToList();
        Assert.Equal(["Personeel", "CBS-besluit van 12/03/2025", "Algemeen directeur", "Maandelijks aan het college"], rows[0]);
        Assert.Equal(["Financieel", DraftText.Gap("delegatiebesluit"), "MAT", "Kwartaalrapport"], rows[1]);
        Assert.DoesNotContain(draft.Blocks, b => b.Rows?.Any(r => r.Contains("Aanstelling contractuelen")) == true);
    }

    [Fact]
    public void Evaluation_HoldsTheRecordedAnswers_TheBreachMechanism_AndGapsForWhatIsMissing()
    {
        var rows = DefaultDraft().Chapter(DraftText.EvaluationHeading).First(b => b.Rows?[0].SequenceEqual(DraftText.EvaluationColumns) == true).Rows!;

        Assert.Equal(["Wat gebeurt er bij een inbreuk op een afspraak?", "Aanspreken door burgemeester en algemeen directeur"], rows[3]);
        Assert.Equal([EvaluationRules.FieldLabels[3], DraftText.Gap("afspraak")], rows[4]);
    }

    [Fact]
    public void Signatures_AreATable_OneRowPerParty_WithNameAndDateToFillIn()
    {
        var rows = DefaultDraft().Chapter(DraftText.SignatureHeading).Single().Rows!;

        Assert.Equal(["Partij", "Naam", "Handtekening", "Datum"], rows[0]);
        Assert.Equal(DraftText.Parties, rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal([DraftText.Name, string.Empty, DraftText.Date], r.Skip(1)));
    }
}
