using Beleidsdag.Web.Features.Export.Components;

namespace Beleidsdag.Web.Tests.Features.Export.Components;

public sealed class ExportButtonTests
{
    [Fact]
    public async Task ExportButton_LinksToTheWorkshopsWorkbook_AsADownload()
    {
        await using var ctx = TestServices.NewContext();

        var cut = ctx.Render<ExportButton>(p => p.Add(c => c.WorkshopId, "ws 1"));
        var link = cut.Find("a[data-testid=export-button]");

        Assert.Equal("/api/workshops/ws%201/export.xlsx", link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"), "Blazor's router leaves a download link to the browser");
        Assert.Contains("Exporteer naar Excel", link.TextContent, StringComparison.Ordinal);
    }
}
