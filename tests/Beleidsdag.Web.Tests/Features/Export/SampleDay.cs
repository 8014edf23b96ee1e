using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Participants;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Live;
using ClosedXML.Excel;

namespace Beleidsdag.Web.Tests.Features.Export;

/// <summary>
/// One small day with every kind of item: 4 CBS/VB, 5 MAT and 3 anders; a Ja/Nee question from docs/rules.md
/// (gap 55), one that only 2 CBS/VB answered (no split), an open question full of hostile text, an info
/// slide, the beleidscyclus exercise without a chapter, dots and consent.
/// </summary>
internal static class SampleDay
{
    public const int MinimumPerSide = 3;

    public static readonly string LongText = "Begin " + string.Concat(Enumerable.Repeat("vertrouwen ", 4000)).TrimEnd();

    /// <summary>What participants typed, and what the cell must hold afterwards.</summary>
    public static readonly (string Typed, string Expected)[] Hostile =
    [
        ("=HYPERLINK(\"http://x\",\"y\")", "=HYPERLINK(\"http://x\",\"y\")"),
        ("+1", "+1"),
        ("-2", "-2"),
        ("@SUM(A1)", "@SUM(A1)"),
        ("\tmet een tab vooraan", "\tmet een tab vooraan"),
        ("1/2", "1/2"),
        ("TRUE", "TRUE"),
        ("00123", "00123"),
        ("Samen 👍 verder", "Samen 👍 verder"),
        ("Uit Word\u000Bgeplakt", "Uit Wordgeplakt"),
        ("Half \uD83D teken", "Half  teken"),
        (LongText, LongText[..(CellText.MaxLength - CellText.CutMarker.Length)] + CellText.CutMarker),
    ];

    public static readonly Question Carried = DayBuilder.Question("q1", QuestionType.YesNo, "Is de inhoud van de nota gedragen?", "Ja", "Nee", "Weet niet");
    public static readonly Question Rare = DayBuilder.Question("q2", QuestionType.SingleChoice, "Hoe vaak overleggen CBS en MAT?", "Wekelijks", "Maandelijks");
    public static readonly Question Open = DayBuilder.Question("q3", QuestionType.OpenText, "Wat moet er beter in de communicatie?") with { Moderated = false };
    public static readonly GroupExerciseActivity Exercise = DayBuilder.BeleidscyclusExercise();
    public static readonly PrioritisationActivity Dots = new("prio", "Prioriteren", 3);
    public static readonly ConsentActivity Consent = new("consent", "Consentronde");

    public static ExportSnapshot Build()
    {
        var day = new DayBuilder();
        var cbs = day.People(Side.CbsVb, 4, "cbs");
        var mat = day.People(Side.Mat, 5, "mat");
        var anders = day.People(Side.Anders, 3, "anders");
        day.Add(new InfoActivity("intro", "Waarom deze dag", "De afsprakennota regelt hoe CBS en MAT samenwerken.") { Chapter = AfsprakennotaChapter.Teamwerking })
            .Ask(Carried, AfsprakennotaChapter.WaardenEnNormen)
            .Choose(Carried, cbs.Take(3), "Ja").Choose(Carried, cbs.Skip(3), "Nee")
            .Choose(Carried, mat.Take(1), "Ja").Choose(Carried, mat.Skip(1).Take(3), "Nee").Choose(Carried, mat.Skip(4), "Weet niet")
            .Ask(Rare)
            .Choose(Rare, cbs.Take(2), "Wekelijks").Choose(Rare, mat.Take(4), "Maandelijks")
            .Ask(Open, AfsprakennotaChapter.Communicatie);
        var everyone = cbs.Concat(mat).Concat(anders).ToList();
        for (var i = 0; i < Hostile.Length; i++)
        {
            day.Answer(everyone[i], Open, AnswerContent.Text(Hostile[i].Typed));
        }

        day.Add(Exercise).Add(Dots).Add(Consent);
        var advies = day.Werkpunt(Exercise, 0, "Adviesvraag komt te laat", oplossingen: ["Planning delen", "Vaste adviestermijn"]);
        var formula = day.Werkpunt(Exercise, 2, "=HYPERLINK(\"http://x\",\"y\")", oplossingen: ["+1"]);
        day.Werkpunt(Exercise, 2, "Dubbel van adviesvraag", hidden: true, mergedInto: advies.Id);
        day.PlusOne(advies, 7);
        foreach (var p in cbs)
        {
            day.Dots(Dots, p, advies, 3);
        }

        foreach (var p in mat)
        {
            day.Dots(Dots, p, formula, 3);
        }

        day.Consent(Consent, cbs, advies, ConsentChoice.Akkoord).Consent(Consent, mat, advies, ConsentChoice.Akkoord);
        return day.Build("Zottegem");
    }

    public static IReadOnlyList<ExportSheet> Sheets() => AfsprakennotaContent.Build(Build(), MinimumPerSide);

    /// <summary>Writes the workbook and opens it again, as Excel would.</summary>
    public static XLWorkbook WriteAndOpen(IReadOnlyList<ExportSheet>? sheets = null)
    {
        var output = new MemoryStream();
        AfsprakennotaWorkbook.Write(sheets ?? Sheets(), output, "Beleidsdag — Zottegem");
        output.Position = 0;
        return new XLWorkbook(output);
    }
}
