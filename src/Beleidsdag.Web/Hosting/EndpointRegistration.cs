using System.Globalization;
using System.IO.Compression;
using System.Text;
using Beleidsdag.Web.Components;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Beleidsdag.Web.Hosting;

public static class EndpointRegistration
{
    private const string ParticipantHubPath = "/hubs/participant";

    // The keys UseAuthentication and UseAuthorization set in IApplicationBuilder.Properties (not public constants).
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    public static WebApplication MapBeleidsdag(this WebApplication app)
    {
        // Open the database (and take its lock) and rebuild the live state now, not at the first request:
        // a second server on the same data folder must refuse to start.
        app.Services.GetRequiredService<WorkshopRegistry>();
        app.Services.GetRequiredService<LiveBroadcaster>();
        // Load the templates now, so a broken one is logged at start-up, not at the first click.
        app.Services.GetRequiredService<TemplateCatalog>();
        StartupBanner.Register(app);

        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(ServiceRegistration.Culture),
            SupportedCultures = [ServiceRegistration.Culture],
            SupportedUICultures = [ServiceRegistration.Culture],
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }

        app.UseRequestGuards();
        app.UseRateLimiter();
        // A phone's hub request stays open as long as the phone is connected, and every middleware it passed
        // keeps its state for that long. The participant hub is anonymous (a phone proves itself with its token),
        // so it skips the cookie and the authorization check, and each connected phone holds less memory.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(ParticipantHubPath), console =>
        {
            console.UseAuthentication();
            console.UseAuthorization();
        });
        // WebApplication adds both middlewares in front of everything when it does not see them on its own
        // builder, and a UseWhen branch writes its marks into a copy of the properties.
        var properties = ((IApplicationBuilder)app).Properties;
        properties[AuthenticationMiddlewareSetKey] = true;
        properties[AuthorizationMiddlewareSetKey] = true;
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapParticipantPage();
        app.MapLoginEndpoints();
        app.MapExportEndpoints();
        app.MapArchiveEndpoints();
        app.MapHub<ParticipantHub>(ParticipantHubPath, o =>
            o.Transports = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling);
        app.MapHub<FacilitatorHub>("/hubs/facilitator");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// The phone page is a static file behind a plain endpoint, not a Razor component: no blazor.web.js,
    /// no circuit. /j/ keeps join codes apart from the console's routes.
    /// </summary>
    private static void MapParticipantPage(this WebApplication app)
    {
        var page = app.Environment.WebRootFileProvider.GetFileInfo("participant/index.html");
        // The side choice names the anonymity minimum; the page carries it, so the wire protocol stays as it is.
        var minimum = app.Services.GetRequiredService<IOptions<BeleidsdagOptions>>().Value.MinimumPerSide
            .ToString(CultureInfo.InvariantCulture);
        async Task Serve(HttpContext context)
        {
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.ContentType = "text/html; charset=utf-8";
            using var reader = new StreamReader(page.CreateReadStream());
            var html = (await reader.ReadToEndAsync(context.RequestAborted)).Replace("{MinimumPerSide}", minimum, StringComparison.Ordinal);
            // The first thing a phone on a slow Wi-Fi loads: compressed like the static files behind it.
            context.Response.Headers.Vary = "Accept-Encoding";
            if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
            {
                await context.Response.WriteAsync(html, context.RequestAborted);
                return;
            }

            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Optimal, leaveOpen: true);
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted);
        }

        app.MapGet("/j", Serve);
        app.MapGet("/j/{code}", (HttpContext context, string code) => Serve(context));
    }
}
