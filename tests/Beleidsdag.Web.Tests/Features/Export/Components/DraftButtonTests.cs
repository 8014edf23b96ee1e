using Beleidsdag.Web.Features.Export.Components;

namespace Beleidsdag.Web.Tests.Features.Export.Components;

public sealed class DraftButtonTests
{
    [Fact]
    public async Task DraftButton_LinksToTheWorkshopsDraftAfsprakennota_AsADownload()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<DraftButton>(p => p.Add(c => c.WorkshopId, "ws 1"));
        var link = cut.Find("a[data-testid=draft-button]");

        Assert.Equal("/api/workshops/ws%201/afsprakennota.docx", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"), "Blazor's router leaves a download link to the browser");
        Assert.Contains("Ontwerp afsprakennota (.docx)", link.TextContent, StringComparison.Ordinal);
    }
}
