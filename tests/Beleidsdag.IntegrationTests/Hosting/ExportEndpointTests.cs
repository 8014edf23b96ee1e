using System.Net;
using System.Net.Http.Headers;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Export;
using ClosedXML.Excel;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>The workbook download on the real app: only a logged-in facilitator gets it, also while the room answers.</summary>
public sealed class ExportEndpointTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Export_WithoutLogin_Gets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

        using var response = await anonymous.GetAsync(Url(workshop.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithAParticipantToken_Gets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await using var phone = await Phone.ConnectAsync(app.BaseUrl);
        var token = (await phone.JoinAsync(workshop.JoinCode)).Token!;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var withHeader = await client.GetAsync(Url(workshop.Id));
        using var withQuery = await client.GetAsync(new Uri(Url(workshop.Id) + "?access_token=" + Uri.EscapeDataString(token), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, withHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withQuery.StatusCode);
    }

    [Fact]
    public async Task Export_ByAScreenLinkHolder_Gets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        using var screen = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseUrl };
        using var page = await screen.GetAsync(new Uri($"/s/{workshop.ScreenKey}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var byId = await screen.GetAsync(Url(workshop.Id));
        using var byScreenKey = await screen.GetAsync(Url(workshop.ScreenKey));

        Assert.Equal(HttpStatusCode.Unauthorized, byId.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byScreenKey.StatusCode);
    }

    [Fact]
    public async Task Export_OfAnUnknownWorkshop_Gets404()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var client = await FacilitatorClientAsync(app);

        using var response = await client.GetAsync(Url("bestaat-niet"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_WhilePhonesAnswer_DownloadsTheWorkbook_AndEveryPhoneIsAcked()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await facilitator.ForwardAsync(workshop.Id);
        var question = (await facilitator.GetWorkshopAsync(workshop.Id)).Agenda[0].Question!;
        var phones = new List<Phone>();
        for (var i = 0; i < 12; i++)
        {
            var phone = await Phone.ConnectAsync(app.BaseUrl);
            phones.Add(phone);
            await phone.JoinAsync(workshop.JoinCode);
            Assert.True((await phone.ChooseSideAsync(i % 2 == 0 ? "cbs" : "mat")).Ok);
        }

        using var client = await FacilitatorClientAsync(app);
        var answering = phones.Select((p, i) => Task.Run(async () =>
        {
            await Task.Delay(i * 5);
            return await p.AnswerAsync(question.Id, question.Options[i % 3].Id);
        })).ToList();
        using var response = await client.GetAsync(Url(workshop.Id));
        var acks = await Task.WhenAll(answering);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Beleidsdag-Zottegem-2026-11-28.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.All(acks, a => Assert.True(a.Ok, a.Message));
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        // The question is still open: its figures could still change, so the export shows none of them.
        Assert.Equal(0, workbook.Worksheet("Ruwe antwoorden").RowsUsed().Count() - 1);
        await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));

        // Once the room is done (the reveal closes the question), the next export has every answer.
        await facilitator.ForwardAsync(workshop.Id);
        using var after = await client.GetAsync(Url(workshop.Id));
        using var complete = new XLWorkbook(await after.Content.ReadAsStreamAsync());
        Assert.Equal(12, complete.Worksheet("Ruwe antwoorden").RowsUsed().Count() - 1);
    }

    private static Uri Url(string workshopId) => new(ExportEndpoints.UrlOf(workshopId), UriKind.Relative);

    private static async Task<HttpClient> FacilitatorClientAsync(BeleidsdagApp app)
    {
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
    }

    public void Dispose() => _data.Dispose();
}
