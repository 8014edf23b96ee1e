using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Features.Templates;

/// <summary>Templates someone dropped into the data folder: a hostile one never stops the app.</summary>
public sealed class DataFolderTemplateTests : IDisposable
{
    // Nine levels of nine aliases: 485 bytes on disk, 9^9 values once written out.
    private const string AliasBomb = """
        name: Bom
        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        agenda: *i
        """;

    private readonly TempFolder _data = new();

    [Fact]
    public async Task RealApp_WithAnAliasBombInTheDataFolder_StartsAndListsItAsAProblem()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_data.Path, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(templates, "bom.yaml"), AliasBomb);

        await using var app = BeleidsdagApp.Start(_data.Path);
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("bom.yaml, regel 6: het sjabloon gebruikt te veel verwijzingen (aliassen)", home, StringComparison.Ordinal);
        var catalog = app.Services.GetRequiredService<TemplateCatalog>();
        Assert.Equal(["beleidsdag"], catalog.Templates.Select(t => t.Key));
        Assert.Null(catalog.Find("bom"));
    }

    public void Dispose() => _data.Dispose();
}
