using Beleidsdag.Web.Features.Prepare.Components;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Tests.Features.Templates;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.Web.Tests.Features.Prepare;

public sealed class TemplateImportTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task TemplateImport_BrokenFile_ShowsFileAndLineAndSavesNothing()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<TemplateImport>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "name: Kapot\nagenda:\n  - id: vraag\n    kind: question\n    type: slider\n    text: Hm?\n", "kapot.yaml"));

        cut.WaitForAssertion(() => Assert.Contains("kapot.yaml, regel 5: onbekend vraagtype 'slider'", cut.Markup, StringComparison.Ordinal));
        Assert.False(Directory.Exists(_data.Templates) && Directory.EnumerateFiles(_data.Templates).Any());
    }

    [Fact]
    public async Task TemplateImport_ValidFile_IsSavedAndListed()
    {
        await using var ctx = NewContext();
        var cut = ctx.Render<TemplateImport>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            "name: Kort\nagenda:\n  - id: vraag\n    kind: question\n    type: wordCloud\n    text: Hoe voel je je?\n", "kort.yaml"));

        cut.WaitForAssertion(() => Assert.Contains("Sjabloon ‘Kort’ geïmporteerd", cut.Find("[data-testid=template-imported]").TextContent, StringComparison.Ordinal));
        Assert.Contains(ctx.Services.GetRequiredService<TemplateCatalog>().Templates, t => t.Name == "Kort");
        Assert.Single(Directory.EnumerateFiles(_data.Templates));
    }

    private BunitContext NewContext()
    {
        var ctx = TestServices.NewContext();
        ctx.AddPreparation(_data.Path);
        return ctx;
    }

    public void Dispose() => _data.Dispose();
}
