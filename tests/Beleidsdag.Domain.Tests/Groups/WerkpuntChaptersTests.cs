using Beleidsdag.Domain.Groups;
using Beleidsdag.Domain.Workshops;

namespace Beleidsdag.Domain.Tests.Groups;

public sealed class WerkpuntChaptersTests
{
    private static GroupExerciseActivity Exercise(AfsprakennotaChapter? exercise, AfsprakennotaChapter? group) =>
        new("ex", "Oefening", [new GroupDefinition("g1", "Groep 1", null, ["?"]) { Chapter = group }, new GroupDefinition("g2", "Groep 2", null, ["?"])], "s", "o", 3)
        { Chapter = exercise };

    [Fact]
    public void Default_IsTheGroupsChapter_ThenTheExercises_ThenRollenEnTaken()
    {
        Assert.Equal(AfsprakennotaChapter.Communicatie, WerkpuntChapters.Default(Exercise(AfsprakennotaChapter.Teamwerking, AfsprakennotaChapter.Communicatie), "g1"));
        Assert.Equal(AfsprakennotaChapter.Teamwerking, WerkpuntChapters.Default(Exercise(AfsprakennotaChapter.Teamwerking, AfsprakennotaChapter.Communicatie), "g2"));
        Assert.Equal(AfsprakennotaChapter.RollenEnTaken, WerkpuntChapters.Default(Exercise(null, null), "g2"));
    }

    [Fact]
    public void Of_IsTheStoredChapter_AndTheDefaultOnlyForAWerkpuntStoredWithoutOne()
    {
        var exercise = Exercise(AfsprakennotaChapter.Teamwerking, null);
        var werkpunt = new Werkpunt("w1", "ex", "g1", new WerkpuntContent("Tekst", [], WerkpuntOwner.Unknown, "", "", ""), 1, false, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        Assert.Equal(AfsprakennotaChapter.Teamwerking, WerkpuntChapters.Of(werkpunt, exercise));
        Assert.Equal(AfsprakennotaChapter.Delegaties, WerkpuntChapters.Of(werkpunt with { Chapter = AfsprakennotaChapter.Delegaties }, exercise));
    }

    [Fact]
    public void Parse_KnowsTheTemplateKeys_AndNothingElse()
    {
        Assert.Equal(AfsprakennotaChapter.WaardenEnNormen, WerkpuntChapters.Parse("waarden-en-normen"));
        Assert.Null(WerkpuntChapters.Parse("begroting"));
        Assert.Null(WerkpuntChapters.Parse("3"));
    }
}
