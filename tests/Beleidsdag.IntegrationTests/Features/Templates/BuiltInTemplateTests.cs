using System.Net;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Templates;

public sealed class BuiltInTemplateTests : IDisposable
{
    private readonly TempFolder _data = new();

    /// <summary>Proves the built-in templates are embedded: the app finds them without the source tree's folder.</summary>
    [Fact]
    public async Task RealApp_WithAnEmptyDataFolder_ListsTheBuiltInTemplate()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var form = await client.GetAsync(new Uri("/workshops/nieuw", UriKind.Relative));

        Assert.Contains("Start een beleidsdag", home, StringComparison.Ordinal);
        Assert.Contains("Beleidsdag (standaardprogramma)", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var catalog = app.Services.GetRequiredService<TemplateCatalog>();
        Assert.Empty(catalog.Problems);
        Assert.Equal("beleidsdag", catalog.Default!.Key);
        Assert.StartsWith(_data.Path, catalog.Folder, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
