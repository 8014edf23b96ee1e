using System.Net;
using Beleidsdag.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Beleidsdag.IntegrationTests.Hosting;

public sealed class SecurityTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task FacilitatorHub_WithoutLogin_Gets401()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        using var response = await client.PostAsync(new Uri("/hubs/facilitator/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ParticipantConnection_CallingAFacilitatorOperation_IsRefused()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await using var phone = await Phone.ConnectAsync(app.BaseUrl);
        await phone.JoinAsync(workshop.JoinCode);

        await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<object>("Forward", workshop.Id));

        Assert.Equal(-1, (await facilitator.GetWorkshopAsync(workshop.Id)).CurrentIndex);
    }

    [Fact]
    public async Task ParticipantToken_DoesNotOpenTheFacilitatorHub()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        await using var facilitator = await Facilitator.LogInAsync(app.BaseUrl);
        var workshop = await facilitator.CreateWorkshopAsync();
        await using var phone = await Phone.ConnectAsync(app.BaseUrl);
        var token = (await phone.JoinAsync(workshop.JoinCode)).Token!;
        await using var impostor = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseUrl, "/hubs/facilitator"), o => o.Headers["Authorization"] = $"Bearer {token}")
            .Build();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => impostor.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Login_WithAWrongPassword_IsRefused()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Facilitator.LogInCookiesAsync(app.BaseUrl, "fout-wachtwoord"));
    }

    [Fact]
    public async Task Console_WithoutLogin_RedirectsToTheLoginPage()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacilitatorHub_FromAForeignOrigin_IsRefused()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        var cookies = await Facilitator.LogInCookiesAsync(app.BaseUrl, BeleidsdagApp.Password);
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/facilitator/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PhonePage_IsAStaticPage_WithoutABlazorCircuit()
    {
        await using var app = BeleidsdagApp.Start(_data.Path);
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        var html = await client.GetStringAsync(new Uri("/j/ABC234", UriKind.Relative));

        Assert.Contains("signalr", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
