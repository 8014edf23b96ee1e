using Beleidsdag.Web.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Support;

internal static class Json
{
    /// <summary>The same JSON settings as the server (docs/protocol.md).</summary>
    public static IHubConnectionBuilder WithBeleidsdagJson(this IHubConnectionBuilder builder) =>
        builder.AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
}
