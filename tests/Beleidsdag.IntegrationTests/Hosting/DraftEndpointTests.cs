using System.Net;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>The draft afsprakennota download on the real app: the facilitator gets a Word document, nobody else anything.</summary>
public sealed class DraftEndpointTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Draft_WithTheLogin_DownloadsAWordDocument_AndWithoutIt_Gets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        var url = new Uri(ExportEndpoints.DraftUrlOf(workshop.Id), UriKind.Relative);

        using var refused = await anonymous.GetAsync(url);
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ontwerp-afsprakennota-Zottegem-2026-11-28.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(await response.Content.ReadAsStreamAsync(), false);
        var headings = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText);
        Assert.Equal(DraftText.Chapters, headings);
    }

    [Fact]
    public async Task Draft_OfAnUnknownWorkshop_Gets404()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

        using var response = await client.GetAsync(new Uri(ExportEndpoints.DraftUrlOf("bestaat-niet"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();
}
