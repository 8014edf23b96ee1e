using System.Globalization;
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
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // MudBlazor's _content/ files must be found when started without a launch profile (Production).
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddOptions<BeleidsdagOptions>()
            .Bind(builder.Configuration.GetSection(BeleidsdagOptions.Section))
            .Validate(o => !BeleidsdagOptions.Problems(o).Any(), "Ongeldige instellingen")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPersistence();
        builder.AddRealtime();
        builder.AddConsole();
        return builder;
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

    private static void AddPersistence(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[$"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.DataFolder)}"];
        var dataFolder = new DataFolder(Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? new BeleidsdagOptions().DataFolder : configured, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton(dataFolder);
        // The login cookie must survive a restart of the server in the middle of the day.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder.Path, "keys")));
        var writeThrough = builder.Configuration.GetValue<bool>($"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.LogWriteThrough)}");
        var restore = builder.Configuration[StartupArguments.RestoreKey];
        builder.Services.AddSingleton(sp => new BeleidsdagDatabase(sp.GetRequiredService<DataFolder>().Path, writeThrough, string.IsNullOrWhiteSpace(restore) ? null : restore));
        builder.Services.AddSingleton<DatabaseWriter>();
        builder.Services.AddSingleton<WorkshopStore>();
        builder.Services.AddSingleton<WorkshopRegistry>();
        builder.Services.AddSingleton<StorageHealth>();
        builder.Services.AddSingleton<FollowUpResults>();
        // Built-in templates (embedded) and the ones saved in <DataFolder>/templates/.
        builder.Services.AddSingleton<TemplateCatalog>();
    }

    private static void AddRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkshopNotifier>();
        builder.Services.AddSingleton<LiveBroadcaster>();
        builder.Services.AddSingleton<PhoneAddressProvider>();
        builder.Services.AddSingleton<ParticipationService>();
        builder.Services.AddSingleton<GroupWorkService>();
        builder.Services.AddSingleton<PreparationService>();
        builder.Services.AddSingleton<WorkshopArchiveService>();
        builder.Services.AddSingleton<FacilitationService>();
        builder.Services.AddSingleton<AgendaEditingService>();
        builder.Services.AddSingleton<ScreenService>();
        builder.Services.AddSingleton<ParticipantRateLimitFilter>();
        builder.Services.AddSingleton<NewParticipantLimit>();
        builder.Services.AddSingleton<RefusalLog>();
        var messageLimit = builder.Configuration.GetValue<int?>($"{BeleidsdagOptions.Section}:{nameof(BeleidsdagOptions.ParticipantMessageLimitBytes)}")
            ?? new BeleidsdagOptions().ParticipantMessageLimitBytes;
        builder.Services.AddSignalR()
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .AddHubOptions<ParticipantHub>(o =>
            {
                // Only on this hub: a global value would also apply to Blazor's own circuit.
                o.MaximumReceiveMessageSize = messageLimit;
                o.AddFilter<ParticipantRateLimitFilter>();
            });
        // "json" becomes ParticipantJsonProtocol: a participant hub call with wrong types is refused as invalid
        // instead of failing on the server. SignalR keeps the protocol registered last under a name; SignalR's
        // own JsonHubProtocol stays registered (removing it would only bring it back, after this one, with
        // Blazor's own AddSignalR call). Blazor's circuits use blazorpack.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHubProtocol, ParticipantJsonProtocol>());
    }

    private static void AddConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(c => c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        builder.Services.AddTransient<MudLocalizer, DutchMudLocalizer>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton<FacilitatorPassword>();
        builder.Services.AddSingleton<FacilitatorSessions>();
        builder.Services.AddSingleton<ExportService>();
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
