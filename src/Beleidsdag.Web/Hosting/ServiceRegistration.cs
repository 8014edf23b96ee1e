using System.Globalization;
using Beleidsdag.Web.Configuration;
using Beleidsdag.Web.Features.EditAgenda;
using Beleidsdag.Web.Features.Export;
using Beleidsdag.Web.Features.Facilitate;
using Beleidsdag.Web.Features.Participate;
using Beleidsdag.Web.Features.Prepare;
using Beleidsdag.Web.Features.Present;
using Beleidsdag.Web.Features.Templates;
using Beleidsdag.Web.Live;
using Beleidsdag.Web.Persistence;
using Beleidsdag.Web.Realtime;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor;
using MudBlazor.Services;

namespace Beleidsdag.Web.Hosting;

public static class ServiceRegistration
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    public static WebApplicationBuilder AddBeleidsdag(this WebApplicationBuilder builder)
    {
        // nl-BE everywhere (3,7 and 28/11/2026), whatever the machine's locale: CI runs with LANG=C.
        CultureInfo.DefaultThreadCurrentCulture = Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Culture;
        builder.ListenOnAllInterfacesByDefault();
        // No "Server: Kestrel" on every response: it tells a visitor what to attack, and a phone's first screen
        // on a slow Wi-Fi is six responses.
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        // MudBlazor's _content/ files must be found when started without a launch profile (Production).
        builder.WebHost.UseStaticWebAssets();
        builder.SendStaticFilesCompressedFromABuild();

        builder.AddConfiguration();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPersistence(restoreFrom: builder.Configuration[StartupArguments.RestoreKey]);
        builder.Services.AddLive();
        builder.Services.AddTemplates();
        builder.AddRealtime();
        builder.Services.AddParticipate().AddPrepare().AddFacilitate().AddEditAgenda().AddPresent().AddExport();
        builder.AddConsole();
        return builder;
    }

    /// <summary>
    /// Run from a build (`dotnet run`), MapStaticAssets re-sends a file whose time differs from the one the build
    /// recorded, gzip-wrapped without compression, for editing wwwroot while the app runs. The build records whole
    /// seconds and Linux file times have more, so every file differed: the phone's first screen went out at three
    /// times its size. The phone's bundle is rebuilt and the app built again anyway; `ReloadStaticAssetsAtRuntime=true`
    /// brings the live reload back.
    /// </summary>
    private static void SendStaticFilesCompressedFromABuild(this WebApplicationBuilder builder)
    {
        const string Key = "ReloadStaticAssetsAtRuntime";
        builder.Configuration[Key] ??= "false";
    }

    private static void ListenOnAllInterfacesByDefault(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"] ?? builder.Configuration["http_ports"] ?? builder.Configuration["https_ports"];
        if (string.IsNullOrEmpty(configured) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            // Phones on the room's Wi-Fi must reach this machine.
            builder.WebHost.UseUrls("http://0.0.0.0:5000");
        }
    }

    private static void AddConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(c => c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        builder.Services.AddTransient<MudLocalizer, DutchMudLocalizer>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton<FacilitatorPassword>();
        builder.Services.AddSingleton<FacilitatorSessions>();
        // The login cookie must survive a restart of the server in the middle of the day.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(ConfigurationRegistration.DataFolderOf(builder).Path, "keys")));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "beleidsdag.begeleider";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login";
                o.ExpireTimeSpan = FacilitatorSessions.Lifetime;
                o.SlidingExpiration = true;
                // A cookie counts only while its login is active on the server (logout, --reset-password).
                o.Events.OnValidatePrincipal = FacilitatorSessions.ValidateAsync;
                o.Events.OnCheckSlidingExpiration = FacilitatorSessions.RenewAsync;
                // Hubs and APIs answer 401, not a redirect to the login page.
                o.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/api"))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginEndpoints.RateLimitPolicy, context => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
