using System.Net;
using Beleidsdag.IntegrationTests.Support;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Hosting;

namespace Beleidsdag.IntegrationTests.Hosting;

/// <summary>
/// A login lives on the server: logging out (or --reset-password) ends it there, so a copy of the cookie
/// taken before stops working; a restart in the middle of the day keeps it.
/// </summary>
public sealed class LogoutTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Logout_EndsTheLoginOnTheServer_SoTheCookieFromBeforeGets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        var workshopId = await CreateWorkshopAsync(app);
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        var copied = Copy(cookies, app.BaseUrl);
        using var copy = Client(app, copied);
        Assert.Equal(HttpStatusCode.OK, await ExportStatusAsync(copy, workshopId));
        Assert.Equal(HttpStatusCode.OK, await NegotiateStatusAsync(copy));

        using var browser = Client(app, cookies);
        using var logout = await browser.PostAsync(new Uri("/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ExportStatusAsync(copy, workshopId));
        Assert.Equal(HttpStatusCode.Unauthorized, await NegotiateStatusAsync(copy));
        Assert.Equal(HttpStatusCode.Unauthorized, await ExportStatusAsync(browser, workshopId));
    }

    [Fact]
    public async Task Logout_EndsOnlyThatLogin_NotTheOtherLaptops()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        var workshopId = await CreateWorkshopAsync(app);
        using var first = Client(app, await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password));
        using var second = Client(app, await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password));

        using var logout = await first.PostAsync(new Uri("/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, await ExportStatusAsync(first, workshopId));
        Assert.Equal(HttpStatusCode.OK, await ExportStatusAsync(second, workshopId));
    }

    [Fact]
    public async Task Login_SurvivesARestart_AndALogoutAfterItStillEndsIt()
    {
        string workshopId;
        CookieContainer cookies;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            workshopId = await CreateWorkshopAsync(app);
            cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            var copied = Copy(cookies, app.BaseUrl);
            using var browser = Client(app, cookies);
            Assert.Equal(HttpStatusCode.OK, await ExportStatusAsync(browser, workshopId));

            using var logout = await browser.PostAsync(new Uri("/logout", UriKind.Relative), null);

            using var copy = Client(app, copied);
            Assert.Equal(HttpStatusCode.Unauthorized, await ExportStatusAsync(copy, workshopId));
        }
    }

    [Fact]
    public async Task ResetPassword_EndsEveryLogin()
    {
        string workshopId;
        CookieContainer cookies;
        await using (var app = BeleidsdagApp.Start(_data.Path))
        {
            workshopId = await CreateWorkshopAsync(app);
            cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        }

        await using (var app = BeleidsdagApp.Start(_data.Path, b => b.UseSetting(StartupArguments.ResetPasswordKey, "true")))
        {
            using var browser = Client(app, cookies);
            Assert.Equal(HttpStatusCode.Unauthorized, await ExportStatusAsync(browser, workshopId));
            using var fresh = Client(app, await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password));
            Assert.Equal(HttpStatusCode.OK, await ExportStatusAsync(fresh, workshopId));
        }
    }

    private static async Task<string> CreateWorkshopAsync(BeleidsdagApp app)
    {
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        return (await facilitator.CreateWorkshopAsync()).Id;
    }

    /// <summary>What someone who copied the cookie holds: the same cookie, in a jar the logout never touches.</summary>
    private static CookieContainer Copy(CookieContainer cookies, Uri baseUrl)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetCookies(baseUrl))
        {
            copy.Add(baseUrl, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }

        return copy;
    }

    private static HttpClient Client(BeleidsdagApp app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

    private static async Task<HttpStatusCode> ExportStatusAsync(HttpClient client, string workshopId)
    {
        using var response = await client.GetAsync(new Uri(ExportEndpoints.UrlOf(workshopId), UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> NegotiateStatusAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri("/hubs/facilitator/negotiate?negotiateVersion=1", UriKind.Relative), null);
        return response.StatusCode;
    }

    public void Dispose() => _data.Dispose();
}
