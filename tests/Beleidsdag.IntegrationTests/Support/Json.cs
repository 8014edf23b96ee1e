using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Support;

internal static class Json
{
    /// <summary>The server sends enums as camelCase strings (docs/protocol.md); so must the test clients.</summary>
    public static IHubConnectionBuilder WithBeleidsdagJson(this IHubConnectionBuilder builder) =>
        builder.AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
}
