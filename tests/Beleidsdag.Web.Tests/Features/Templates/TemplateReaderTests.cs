using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Templates;

namespace Beleidsdag.Web.Tests.Features.Templates;

public sealed class TemplateReaderTests
{
    public static TheoryData<string> BrokenFiles => [.. Directory.GetFiles(TemplateTestData.BrokenFolder, "*.yaml").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    /// <summary>Each file under Broken/ states the line and the message it must produce in its first two lines.</summary>
    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Read_BrokenTemplate_NamesFileLineAndWhatIsWrong(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(TemplateTestData.BrokenFolder, fileName));
        var header = text.Split('\n');
        var line = int.Parse(header[0]["# expect-line:".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var message = header[1]["# expect:".Length..].Trim();

        var result = TemplateReader.Read(fileName, text);

        Assert.Null(result.Template);
        Assert.Contains(result.Problems, p => p.File == fileName && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownQuestionType_NamesFileAndLine()
    {
        var text = File.ReadAllText(Path.Combine(TemplateTestData.BrokenFolder, "unknown-type.yaml"));

        var problem = Assert.Single(TemplateReader.Read("beleidsdag.yaml", text).Problems);

        Assert.Equal("beleidsdag.yaml, regel 8: onbekend vraagtype 'slider' (kies uit singleChoice, yesNo, multipleChoice, scale, wordCloud, openText, ranking, points).", problem.ToString());
    }

    [Fact]
    public void Read_SeveralMistakes_ReportsEveryOne()
    {
        const string text = """
            name: Kapot
            agenda:
              - id: een
                kind: question
                type: slider
                text: Eén
              - id: een
                kind: info
                title: Twee
                chapter: geld
            """;

        var lines = TemplateReader.Read("kapot.yaml", text).Problems.Select(p => p.Line);

        Assert.Equal([5, 7, 10], lines.Order());
    }

    [Fact]
    public void Read_EmptyFile_SaysSo()
    {
        var problem = Assert.Single(TemplateReader.Read("leeg.yaml", "  \n# niets\n").Problems);

        Assert.Equal("leeg.yaml: het bestand is leeg.", problem.ToString());
    }

    [Fact]
    public void Read_DuplicateKey_IsAProblemWithItsLine()
    {
        const string text = "name: Een\nname: Twee\nagenda:\n  - id: a\n    kind: consent\n";

        var problem = Assert.Single(TemplateReader.Read("dubbel.yaml", text).Problems);

        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedAtTheAlias_BeforeExpandingIt()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = TemplateReader.Read("bom.yaml", TemplateTestData.AliasBomb);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(result.Template);
        Assert.Equal(
            "bom.yaml, regel 8: het sjabloon gebruikt te veel verwijzingen (aliassen): bij '*d' zouden ze samen meer dan 10.000 waarden opleveren; schrijf de waarden uit in plaats van ze met & en * te herhalen.",
            Assert.Single(result.Problems).ToString());
        // The expanded file would hold 9^9 values; refusing it costs no more than reading a small template.
        Assert.InRange(allocated, 0, 4 * 1024 * 1024);
    }

    [Fact]
    public void Read_AliasInsideItsOwnAnchor_IsRefused_InsteadOfRecursingForever()
    {
        var problem = Assert.Single(TemplateReader.Read("lus.yaml", "name: Lus\nagenda: &a\n  - *a\n").Problems);

        Assert.Equal("lus.yaml, regel 3: de verwijzing '*a' staat binnen het blok dat ze herhaalt (&a), en zou zichzelf eindeloos herhalen; schrijf de waarden uit.", problem.ToString());
    }

    [Fact]
    public void Read_DeeplyNestedFile_IsRefused_InsteadOfOverflowingTheStack()
    {
        var text = "name: Diep\nagenda: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var problem = Assert.Single(TemplateReader.Read("diep.yaml", text).Problems);

        Assert.Equal(2, problem.Line);
        Assert.Contains("dieper dan 50 niveaus", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ASmallUseOfAliases_StillWorks()
    {
        const string text = """
            name: Stellingen
            agenda:
              - id: eerste
                kind: question
                type: singleChoice
                text: Eerste?
                options: &keuzes
                  - Eens
                  - Oneens
              - id: tweede
                kind: question
                type: singleChoice
                text: Tweede?
                options: *keuzes
            """;

        var result = TemplateReader.Read("stellingen.yaml", text);

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        Assert.All(result.Template!.Agenda, a => Assert.Equal(["eens", "oneens"], ((QuestionActivity)a).Question.Options.Select(o => o.Id)));
    }

    [Fact]
    public void Read_PlainOptions_GetTheSlugOfTheirLabelAsId()
    {
        const string text = """
            name: Test
            agenda:
              - id: vraag
                kind: question
                type: ranking
                text: Wat eerst?
                options:
                  - Timings en vergaderhygiëne
                  - id: eigen
                    label: Iets anders
            """;

        var question = Assert.IsType<QuestionActivity>(Assert.Single(TemplateReader.Read("test.yaml", text).Template!.Agenda)).Question;

        Assert.Equal(["timings-en-vergaderhygiene", "eigen"], question.Options.Select(o => o.Id));
        Assert.Equal("vraag", question.Id);
    }

    [Fact]
    public void Read_YesNo_HasFixedOptionIds()
    {
        const string text = "name: T\nagenda:\n  - id: q\n    kind: question\n    type: yesNo\n    text: Ja?\n";

        var question = Assert.IsType<QuestionActivity>(Assert.Single(TemplateReader.Read("t.yaml", text).Template!.Agenda)).Question;

        Assert.Equal(QuestionType.YesNo, question.Type);
        Assert.Equal(["ja", "nee", "weet-niet"], question.Options.Select(o => o.Id));
        Assert.Equal(QuestionDraft.YesNoOptions, question.Options.Select(o => o.Label));
    }
}
