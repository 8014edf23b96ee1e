using System.Net;
using System.Text.RegularExpressions;
using Beleidsdag.IntegrationTests.Support;

namespace Beleidsdag.IntegrationTests.Features.Prepare;

/// <summary>The page the facilitator prints: the room's QR code with address and code, and a table card per group.</summary>
public sealed partial class JoinMaterialTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Theory]
    [InlineData("http://beleidsdag.test", "beleidsdag.test/j")]
    [InlineData("http://beleidsdag.test:8080/", "beleidsdag.test:8080/j")]
    public async Task PrintPage_ShowsTheAddressPhonesType_WithoutPort80(string publicBaseUrl, string address)
    {
        await using var app = BeleidsdagApp.Start(_data.Path, web => web.UseSetting("Beleidsdag:PublicBaseUrl", publicBaseUrl));
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateGroupWorkshopAsync();

        var html = await GetAsync(app, $"/workshops/{workshop.Id}/afdrukken");

        Assert.Equal(address, Text(html, "print-address"));
        Assert.DoesNotContain(":80/", html, StringComparison.Ordinal);
        Assert.Equal(workshop.JoinCode, Text(html, "print-code"));
        // One card per group of the beleidscyclus, each with its own QR code and its richtvragen.
        Assert.Equal(4, Regex.Count(html, "data-testid=\"table-card\""));
        Assert.Equal(5, Regex.Count(html, "aria-label=\"QR-code"));
        Assert.Contains(Beleidsdag.Domain.Groups.Beleidscyclus.Richtvragen(Beleidsdag.Domain.Groups.BeleidscyclusPhase.Beleidsuitvoering)[0], WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(BeleidsdagApp app, string path)
    {
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    private static string Text(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\">([^<]*)<").Groups[1].Value);

    public void Dispose() => _data.Dispose();
}
