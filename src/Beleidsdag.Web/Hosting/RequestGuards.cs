using System.Net;
using Beleidsdag.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

/// <summary>
/// Two checks before routing. (1) The console and its login answer only on this machine unless
/// <see cref="BeleidsdagOptions.ConsoleOnNetwork"/> is set; phones and the screen link work from the
/// network. (2) Cookie-authenticated endpoints refuse a foreign Origin, so another page in the
/// facilitator's browser cannot drive the console.
/// </summary>
public static class RequestGuards
{
    private static readonly string[] NetworkPaths =
        ["/j", "/participant/", "/lib/", "/hubs/participant", "/s/", "/_blazor", "/_framework/", "/_content/", "/css/", "/favicon", "/Beleidsdag.Web.styles.css"];

    private static readonly string[] CookiePaths = ["/hubs/facilitator", "/_blazor", "/login", "/logout", "/api/"];

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "/";
        var options = context.RequestServices.GetRequiredService<IOptions<BeleidsdagOptions>>().Value;
        if (!options.ConsoleOnNetwork && !IsLocal(context) && !StartsWithAny(path, NetworkPaths))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("Deze pagina is alleen bereikbaar op de computer van de begeleider.");
            return;
        }

        if (StartsWithAny(path, CookiePaths) && !IsSameOrigin(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next();
    });

    private static bool StartsWithAny(string path, string[] prefixes) =>
        prefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // An in-memory test server has no remote address: it is in the process itself.
    private static bool IsLocal(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    private static bool IsSameOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return string.IsNullOrEmpty(origin)
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
