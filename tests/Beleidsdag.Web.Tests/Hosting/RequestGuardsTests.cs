using System.Net;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Tests.Hosting;

public class RequestGuardsTests
{
    private static async Task<int> StatusFor(string path, string remoteIp, bool consoleOnNetwork = false, string? origin = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(Options.Create(new BeleidsdagOptions { ConsoleOnNetwork = consoleOnNetwork }))
            .BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseRequestGuards();
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        });
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Request.Host = new HostString("192.168.1.20:5000");
        context.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp);
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        context.Response.Body = new MemoryStream();
        await app.Build()(context);
        return context.Response.StatusCode;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/workshops/abc")]
    [InlineData("/hubs/facilitator/negotiate")]
    public async Task Console_FromAnotherMachine_IsNotFound(string path) =>
        Assert.Equal(404, await StatusFor(path, "192.168.1.31"));

    [Theory]
    [InlineData("/j/ABC234")]
    [InlineData("/participant/app.js")]
    [InlineData("/hubs/participant/negotiate")]
    [InlineData("/s/screen-key")]
    public async Task PhonesAndScreen_FromAnotherMachine_AreServed(string path) =>
        Assert.Equal(200, await StatusFor(path, "192.168.1.31"));

    [Fact]
    public async Task Console_OnThisMachine_IsServed() =>
        Assert.Equal(200, await StatusFor("/", "127.0.0.1"));

    [Fact]
    public async Task Console_FromTheNetwork_IsServedWhenTheSettingOpensIt() =>
        Assert.Equal(200, await StatusFor("/login", "192.168.1.31", consoleOnNetwork: true));

    [Fact]
    public async Task FacilitatorHub_FromAForeignOrigin_IsForbidden() =>
        Assert.Equal(403, await StatusFor("/hubs/facilitator/negotiate", "127.0.0.1", origin: "http://evil.example"));

    [Fact]
    public async Task FacilitatorHub_FromItsOwnOrigin_IsServed() =>
        Assert.Equal(200, await StatusFor("/hubs/facilitator/negotiate", "127.0.0.1", origin: "http://192.168.1.20:5000"));
}
