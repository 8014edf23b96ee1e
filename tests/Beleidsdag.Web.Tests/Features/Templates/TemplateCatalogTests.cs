using Beleidsdag.Domain.Templates;

namespace Beleidsdag.Web.Tests.Features.Templates;

public sealed class TemplateCatalogTests : IDisposable
{
    private const string Valid = "name: Kort\nagenda:\n  - id: vraag\n    kind: question\n    type: wordCloud\n    text: Hoe voel je je?\n";
    private readonly TempFolder _data = new();

    [Fact]
    public void Catalog_BrokenTemplateInDataFolder_IsListedAsProblem_AndTheOthersLoad()
    {
        Directory.CreateDirectory(_data.Templates);
        File.WriteAllText(Path.Combine(_data.Templates, "kapot.yaml"), "name: Kapot\nagenda:\n  - id: vraag\n    kind: question\n    type: slider\n    text: Hm?\n");
        File.WriteAllText(Path.Combine(_data.Templates, "kort.yaml"), Valid);

        var catalog = TemplateTestData.Catalog(_data.Path);

        Assert.Equal(["beleidsdag", "kort"], catalog.Templates.Select(t => t.Key));
        var problem = Assert.Single(catalog.Problems);
        Assert.StartsWith("kapot.yaml, regel 5: onbekend vraagtype 'slider'", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_DataFileNamedLikeABuiltIn_IsSkippedWithAProblem()
    {
        Directory.CreateDirectory(_data.Templates);
        File.WriteAllText(Path.Combine(_data.Templates, "beleidsdag.yaml"), Valid);

        var catalog = TemplateTestData.Catalog(_data.Path);

        Assert.True(catalog.IsBuiltIn("beleidsdag"));
        Assert.NotEqual("Kort", catalog.Find("beleidsdag")!.Name);
        Assert.Contains("andere naam", Assert.Single(catalog.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ValidFile_IsSavedInTheDataFolder_AndARestartedCatalogFindsIt()
    {
        var result = TemplateTestData.Catalog(_data.Path).Import("Mijn Sjabloon.yaml", Valid);

        Assert.True(result.Ok);
        Assert.Equal("mijn-sjabloon", result.Template!.Key);
        Assert.True(File.Exists(Path.Combine(_data.Templates, "mijn-sjabloon.yaml")));
        var restarted = TemplateTestData.Catalog(_data.Path);
        Assert.Equal("Kort", restarted.Find("mijn-sjabloon")!.Name);
        Assert.Empty(restarted.Problems);
    }

    [Fact]
    public void Import_KeyOfABuiltIn_GetsAFreshKey_AndNeverOverwrites()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);

        var first = catalog.Import("beleidsdag.yaml", Valid);
        var second = catalog.Import("beleidsdag.yml", Valid);

        Assert.Equal("beleidsdag-2", first.Template!.Key);
        Assert.Equal("beleidsdag-3", second.Template!.Key);
        Assert.NotEqual("Kort", catalog.Find("beleidsdag")!.Name);
        Assert.Equal(2, Directory.GetFiles(_data.Templates).Length);
    }

    [Fact]
    public void Import_BrokenFile_ReturnsEveryProblem_AndChangesNothing()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);

        var result = catalog.Import("kapot.yaml", "name: Kapot\nagenda:\n  - id: a\n    kind: poll\n  - id: a\n    kind: consent\n");

        Assert.False(result.Ok);
        Assert.Equal([4, 5], result.Problems.Select(p => p.Line));
        Assert.Single(catalog.Templates);
        Assert.False(Directory.Exists(_data.Templates) && Directory.GetFiles(_data.Templates).Length > 0);
    }

    [Fact]
    public void Import_AliasBomb_IsRefusedWithFileAndLine_AndSavesNothing()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = catalog.Import("bom.yaml", TemplateTestData.AliasBomb);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 * 1024 * 1024);
        Assert.False(result.Ok);
        Assert.StartsWith("bom.yaml, regel 8: het sjabloon gebruikt te veel verwijzingen (aliassen)", Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
        Assert.Single(catalog.Templates);
        Assert.False(Directory.Exists(_data.Templates) && Directory.GetFiles(_data.Templates).Length > 0);
    }

    [Fact]
    public void Catalog_AliasBombInDataFolder_IsListedAsProblem_AndTheOthersLoad()
    {
        Directory.CreateDirectory(_data.Templates);
        File.WriteAllText(Path.Combine(_data.Templates, "bom.yaml"), TemplateTestData.AliasBomb);
        File.WriteAllText(Path.Combine(_data.Templates, "kort.yaml"), Valid);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var catalog = TemplateTestData.Catalog(_data.Path);

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4 * 1024 * 1024);
        Assert.Equal(["beleidsdag", "kort"], catalog.Templates.Select(t => t.Key));
        Assert.StartsWith("bom.yaml, regel 8: het sjabloon gebruikt te veel verwijzingen (aliassen)", Assert.Single(catalog.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TooLarge_IsRefusedWithADutchMessage()
    {
        var result = TemplateTestData.Catalog(_data.Path).Import("groot.yaml", "# " + new string('x', 300 * 1024));

        Assert.Equal("groot.yaml: het bestand is groter dan 256 KB.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Import_NotYaml_IsRefused()
    {
        var result = TemplateTestData.Catalog(_data.Path).Import("notities.txt", Valid);

        Assert.Contains(".yaml", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveFromWorkshop_WritesATemplate_ThatARestartedCatalogReadsBackEqual()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);
        var workshop = catalog.Default!.ToWorkshop("w1", "ABCDEF", "key", DateTimeOffset.UnixEpoch, "Beleidsdag Gent", "Gent", new DateOnly(2026, 11, 28), null);

        var result = catalog.SaveFromWorkshop(workshop, "Gent 2026", "Zoals gegeven in Gent.");

        Assert.True(result.Ok, string.Join('\n', result.Problems));
        Assert.Equal("gent-2026", result.Template!.Key);
        var restarted = TemplateTestData.Catalog(_data.Path).Find("gent-2026")!;
        Assert.Equal("Gent 2026", restarted.Name);
        Assert.Equal("Beleidsdag Gent", restarted.Title);
        Assert.Equal(TemplateTestData.Structure(workshop.Agenda), TemplateTestData.Structure(restarted.Agenda));
    }

    [Fact]
    public void SaveFromWorkshop_WithoutName_IsRefused()
    {
        var catalog = TemplateTestData.Catalog(_data.Path);
        var workshop = catalog.Default!.ToWorkshop("w1", "ABCDEF", "key", DateTimeOffset.UnixEpoch, "T", "G", new DateOnly(2026, 11, 28), null);

        Assert.False(catalog.SaveFromWorkshop(workshop, "  ").Ok);
        Assert.Equal([WorkshopTemplate.DefaultKey], catalog.Templates.Select(t => t.Key));
    }

    public void Dispose() => _data.Dispose();
}
