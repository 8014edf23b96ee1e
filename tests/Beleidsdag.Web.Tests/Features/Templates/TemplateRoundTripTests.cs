using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;
using Beleidsdag.Web.Features.Templates;

namespace Beleidsdag.Web.Tests.Features.Templates;

public sealed class TemplateRoundTripTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _data = new();

    [Fact]
    public void DefaultTemplate_ToWorkshopAndBack_KeepsEverything()
    {
        var template = TemplateTestData.Catalog(_data.Path).Default!;

        var back = RoundTrip(template);

        Assert.Equal(TemplateTestData.Structure(template.Agenda), TemplateTestData.Structure(back.Agenda));
        Assert.Equal(template.Title, back.Title);
    }

    [Fact]
    public void TrickyTemplate_EveryKindAndAwkwardText_SurvivesTheRoundTrip()
    {
        var template = new WorkshopTemplate("lastig", "Lastig: met \"quotes\"", "Twee\nregels", "# geen commentaar", Tricky());

        var back = RoundTrip(template);

        Assert.Equal(TemplateTestData.Structure(template.Agenda), TemplateTestData.Structure(back.Agenda));
        Assert.Equal(template.Name, back.Name);
        Assert.Equal(template.Description, back.Description);
        Assert.Equal(template.Title, back.Title);
    }

    [Fact]
    public void FromWorkshop_RandomIds_BecomeValidTemplateIds()
    {
        var draft = new WorkshopDraft("Dag", "Gent", new DateOnly(2026, 11, 28), [new QuestionDraft("Wat eerst?", ["Agenda", "Notulen"])]) { GroupWork = GroupWorkDraft.Beleidscyclus() };
        var workshop = draft.ToWorkshop("w1", "ABCDEF", "key", Now);

        var template = WorkshopTemplate.FromWorkshop(workshop, "Mijn dag", "");
        var read = TemplateReader.Read("mijn-dag.yaml", TemplateWriter.Write(template));

        Assert.Empty(read.Problems);
        Assert.Equal("wat-eerst", read.Template!.Agenda[0].Id);
        Assert.All(read.Template.Agenda, a => Assert.True(TemplateIds.IsValid(a.Id), a.Id));
        Assert.Equal(["beleidsvoorbereiding", "beleidsbeslissing", "beleidsuitvoering", "beleidsevaluatie-en-bijsturing"], read.Template.Agenda.OfType<GroupExerciseActivity>().Single().Groups.Select(g => g.Id));
        Assert.Equal(["agenda", "notulen"], ((QuestionActivity)read.Template.Agenda[0]).Question.Options.Select(o => o.Id));
    }

    [Fact]
    public void StaysOpenAndExclusive_AreReadFromTheTemplate_AndWrittenBack()
    {
        const string Yaml = """
            name: Met vlaggen
            title: Dag
            agenda:
              - id: wat-loopt-goed
                kind: question
                type: multipleChoice
                text: Wat loopt goed?
                staysOpen: true
                options:
                  - Overleg
                  - Planning
                  - id: geen
                    label: Geen van deze
                    exclusive: true
            """;

        var read = TemplateReader.Read("vlaggen.yaml", Yaml);
        Assert.True(read.Ok, string.Join('\n', read.Problems));
        var question = ((QuestionActivity)read.Template!.Agenda[0]).Question;
        var back = ((QuestionActivity)RoundTrip(read.Template).Agenda[0]).Question;

        Assert.True(question.StaysOpenWhileRevealed);
        Assert.Equal([false, false, true], question.Options.Select(o => o.Exclusive));
        Assert.True(back.StaysOpenWhileRevealed);
        Assert.Equal([false, false, true], back.Options.Select(o => o.Exclusive));
    }

    [Fact]
    public void Exclusive_OnAnOptionOfASingleChoice_IsAnUnknownKeyWithItsLine()
    {
        const string Yaml = """
            name: Fout
            title: Dag
            agenda:
              - id: vraag
                kind: question
                type: singleChoice
                text: Wat?
                options:
                  - A
                  - id: geen
                    label: Geen
                    exclusive: true
            """;

        var read = TemplateReader.Read("fout.yaml", Yaml);

        Assert.False(read.Ok);
        Assert.Contains(read.Problems, p => p.Line == 12 && p.ToString().Contains("exclusive", StringComparison.Ordinal));
    }

    private static WorkshopTemplate RoundTrip(WorkshopTemplate template)
    {
        var workshop = template.ToWorkshop("w1", "ABCDEF", "key", Now, "Titel", "Gemeente", new DateOnly(2026, 11, 28), null);
        var saved = WorkshopTemplate.FromWorkshop(workshop, template.Name, template.Description);
        var text = TemplateWriter.Write(saved);
        var read = TemplateReader.Read("terug.yaml", text);
        Assert.True(read.Ok, string.Join('\n', read.Problems) + "\n" + text);
        return read.Template! with { Title = template.Title };
    }

    private static List<Activity> Tricky() =>
    [
        new InfoActivity("info", "Titel: met dubbelepunt", "Eerste regel\n  ingesprongen regel\n\n- geen lijst\n# geen commentaar") { Chapter = AfsprakennotaChapter.WaardenEnNormen },
        new QuestionActivity("enkel", new Question("enkel", QuestionType.SingleChoice, "- begint met een streepje", [new("true", "true"), new("getal", "100"), new("a-b", "A: b #c")])),
        new QuestionActivity("ja-nee", new Question("ja-nee", QuestionType.YesNo, "'Enkele' quotes?", TemplateNamesForTests.YesNo)) { Chapter = AfsprakennotaChapter.Delegaties },
        new QuestionActivity("meer", new Question("meer", QuestionType.MultipleChoice, "Meer", [new("x", "Een"), new("y", "Twee"), new("z", "Drie")]) { MaxChoices = 2 }),
        new QuestionActivity("schaal", new Question("schaal", QuestionType.Scale, "Schaal", [new("s1", "Stelling één")]) { Scale = new ScaleRange(1, 10, "Nooit", "Altijd") }),
        new QuestionActivity("wolk", new Question("wolk", QuestionType.WordCloud, "Wolk", [])),
        new QuestionActivity("open", new Question("open", QuestionType.OpenText, "Open \\ backslash", []) { Moderated = false }),
        new QuestionActivity("rang", new Question("rang", QuestionType.Ranking, "Rang", [new("een", "Een"), new("twee", "Twee")])),
        new QuestionActivity("punten", new Question("punten", QuestionType.Points, "Punten", [new("een", "Een"), new("twee", "Twee")])),
        new GroupExerciseActivity("groepen", "Groepen", [new GroupDefinition("g1", "Vrije groep", null, ["Vraag?"]), new GroupDefinition("g2", "Uitvoering", BeleidscyclusPhase.Beleidsuitvoering, ["Een", "Twee"])], "Eigen strategische vraag?", Beleidscyclus.OperationalQuestion, 5),
        new PrioritisationActivity("stippen", "Stippen", 5),
        new ConsentActivity("consent", "Consent") { Chapter = AfsprakennotaChapter.Teamwerking },
        new InfoActivity("bedankt", "Bedankt!", "## Wat nu?\n- **afsprakennota**") { Recap = true },
    ];

    public void Dispose() => _data.Dispose();
}

internal static class TemplateNamesForTests
{
    public static IReadOnlyList<QuestionOption> YesNo { get; } = [new("ja", "Ja"), new("nee", "Nee"), new("weet-niet", "Weet niet")];
}
