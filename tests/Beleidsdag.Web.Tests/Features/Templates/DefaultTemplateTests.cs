using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Polls;
using Beleidsdag.Domain.Templates;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Web.Tests.Features.Templates;

public sealed class DefaultTemplateTests : IDisposable
{
    private readonly TempFolder _data = new();

    private WorkshopTemplate Default()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);
        Assert.Empty(catalog.Problems);
        return Assert.IsType<WorkshopTemplate>(catalog.Default);
    }

    [Fact]
    public void Catalog_LoadsTheEmbeddedDefault_WithoutProblems()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);

        Assert.Empty(catalog.Problems);
        Assert.Equal(WorkshopTemplate.DefaultKey, catalog.Templates[0].Key);
        Assert.True(catalog.IsBuiltIn(WorkshopTemplate.DefaultKey));
        Assert.Same(catalog.Templates[0], catalog.Default);
    }

    [Fact]
    public void Default_OpensWithThePresentationsThreeQuestions()
    {
        var questions = Default().Agenda.OfType<QuestionActivity>().Take(3).Select(q => (q.Question.Type, q.Question.Text));

        Assert.Equal(
            [
                (QuestionType.YesNo, "Beschikt u over een geactualiseerde afsprakennota?"),
                (QuestionType.YesNo, "Is de inhoud van de nota gedragen?"),
                (QuestionType.YesNo, "Werd een proces doorlopen ikv opmaak van de nota?"),
            ],
            questions);
    }

    [Fact]
    public void Default_HasAnInfoSlideAndAQuestionForEveryChapter()
    {
        var agenda = Default().Agenda;

        foreach (var chapter in Afsprakennota.Chapters)
        {
            Assert.Contains(agenda, a => a.Chapter == chapter && a is QuestionActivity);
        }

        foreach (var chapter in new[] { AfsprakennotaChapter.WaardenEnNormen, AfsprakennotaChapter.RollenEnTaken, AfsprakennotaChapter.Communicatie, AfsprakennotaChapter.Werkafspraken, AfsprakennotaChapter.Teamwerking })
        {
            Assert.Contains(agenda, a => a.Chapter == chapter && a is InfoActivity);
        }
    }

    [Fact]
    public void Default_HasTheFourGroupBeleidscyclusExercise_WithThePresentationsRichtvragen()
    {
        var exercise = Assert.Single(Default().Agenda.OfType<GroupExerciseActivity>());

        Assert.Equal(AfsprakennotaChapter.RollenEnTaken, exercise.Chapter);
        Assert.Equal(3, exercise.TargetPerGroup);
        Assert.Equal(Beleidscyclus.Phases, exercise.Groups.Select(g => g.Phase!.Value));
        foreach (var group in exercise.Groups)
        {
            Assert.Equal(Beleidscyclus.Richtvragen(group.Phase!.Value), group.Richtvragen);
        }
    }

    [Fact]
    public void Default_AsksWhichPowersAreDelegated()
    {
        var delegation = Assert.Single(Default().Agenda.OfType<QuestionActivity>(), q => q.Chapter == AfsprakennotaChapter.Delegaties);

        Assert.Equal("Welke bevoegdheden worden in jouw bestuur gedelegeerd van CBS naar algemeen directeur of managementteam?", delegation.Question.Text);
        Assert.Equal(QuestionType.MultipleChoice, delegation.Question.Type);
        Assert.Subset(delegation.Question.Options.Select(o => o.Id).ToHashSet(), new HashSet<string> { "personeel", "financieel", "handtekening" });
    }

    [Fact]
    public void Default_AssessesTheTeamOnLencionisFiveLevels()
    {
        var lencioni = Assert.Single(Default().Agenda.OfType<QuestionActivity>(), q => q.Id == "lencioni");

        Assert.Equal(AfsprakennotaChapter.Teamwerking, lencioni.Chapter);
        Assert.Equal(QuestionType.Scale, lencioni.Question.Type);
        Assert.Equal(["vertrouwen", "conflict", "betrokkenheid", "verantwoordelijkheid", "resultaat"], lencioni.Question.Options.Select(o => o.Id));
    }

    [Fact]
    public void Default_EndsWithPrioritisationConsentAndAnEvaluationOfTheDay()
    {
        var agenda = Default().Agenda;
        var exercise = agenda.IndexOf(agenda.OfType<GroupExerciseActivity>().Single());
        var prioritisation = agenda.IndexOf(Assert.Single(agenda.OfType<PrioritisationActivity>()));
        var consent = agenda.IndexOf(Assert.Single(agenda.OfType<ConsentActivity>()));

        Assert.True(exercise < prioritisation && prioritisation < consent);
        Assert.Contains(agenda.Skip(consent), a => a is QuestionActivity { Question.Type: QuestionType.WordCloud });
        Assert.Contains(agenda.Skip(consent), a => a is QuestionActivity { Question.Type: QuestionType.Scale });
    }

    [Fact]
    public void Default_QuotesTheNotasPartiesAndLegalBasis_BeforeTheOpeningQuestions()
    {
        var agenda = Default().Agenda;
        var slide = Assert.Single(agenda.OfType<InfoActivity>(), a => a.Body.Contains("Artikel 171, § 2 DLB", StringComparison.Ordinal));

        Assert.Contains("Door algemeen directeur mede namens het managementteam met het CBS, BCSD, vast bureau, de", slide.Body, StringComparison.Ordinal);
        Assert.Contains("CBS en vast bureau sluiten de afsprakennota af conform artikel 171", slide.Body, StringComparison.Ordinal);
        Assert.True(agenda.IndexOf(slide) < agenda.IndexOf(agenda.OfType<QuestionActivity>().First()));
        Assert.Contains(agenda.OfType<InfoActivity>(), a => a.Body.Contains("art. 257 en 263 DLB", StringComparison.Ordinal) && a.Body.Contains("art. 219 DLB", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_SaysWhatTheNotaHoldsOfDelegations_AndLetsTheFacilitatorRecordThemPerDomain()
    {
        var agenda = Default().Agenda;
        var advice = Assert.Single(agenda.OfType<InfoActivity>(), a => a.Title == "Wat nemen we op in de afsprakennota?");
        var delegations = Assert.Single(agenda.OfType<DelegationsActivity>());

        Assert.Contains("Aangezien de afsprakennota aangepast moet worden wanneer een delegatie wijzigt", advice.Body, StringComparison.Ordinal);
        Assert.Contains("verwijzen naar de betreffende delegatiebesluiten", advice.Body, StringComparison.Ordinal);
        Assert.Equal((AfsprakennotaChapter.Delegaties, AfsprakennotaChapter.Delegaties), (advice.Chapter, delegations.Chapter));
        Assert.Equal(["Personeel", "Financieel", "Handtekening"], delegations.Domains);
    }

    [Fact]
    public void Default_LetsTheFacilitatorRecordHowTheAgreementsAreEvaluated_BeforeTheDaysOwnEvaluation()
    {
        var agenda = Default().Agenda;
        var evaluation = Assert.Single(agenda.OfType<EvaluationActivity>());

        Assert.Equal(AfsprakennotaChapter.Werkafspraken, evaluation.Chapter);
        Assert.True(agenda.IndexOf(evaluation) < agenda.IndexOf(agenda.OfType<QuestionActivity>().Single(q => q.Id == "evaluatie-dag")));
    }

    [Fact]
    public void Default_IdsAreValidAndUnique()
    {
        var ids = Default().Agenda.Select(a => a.Id).ToList();

        Assert.All(ids, id => Assert.True(TemplateIds.IsValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    public void Dispose() => _data.Dispose();
}

internal static class ListExtensions
{
    public static int IndexOf(this IReadOnlyList<Activity> agenda, Activity activity) => agenda.ToList().IndexOf(activity);
}
