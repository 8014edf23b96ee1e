using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsdag.IntegrationTests.Support;

/// <summary>The real Program on a real Kestrel port, with its data in the given folder.</summary>
public sealed class BeleidsdagApp : WebApplicationFactory<Program>
{
    public const string Password = "test-wachtwoord-123";

    private readonly string _dataFolder;
    private readonly Action<IWebHostBuilder>? _configure;

    private BeleidsdagApp(string dataFolder, Action<IWebHostBuilder>? configure)
    {
        _dataFolder = dataFolder;
        _configure = configure;
        UseKestrel(0);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts the app; <paramref name="configure"/> runs after the test defaults, so its settings and services win.</summary>
    public static BeleidsdagApp Start(string dataFolder, Action<IWebHostBuilder>? configure = null)
    {
        var app = new BeleidsdagApp(dataFolder, configure);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        app.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return app;
    }

    /// <summary>
    /// The factory's dispose returns before Program's own RunAsync has disposed the host (and with it the
    /// database). Wait until the data folder's lock is free, so a restart or a cleanup never races it.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var lockFile = Path.Combine(_dataFolder, "beleidsdag.lock");
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                await using var probe = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("The app did not release its data folder within 10 s.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Beleidsdag:DataFolder", _dataFolder);
        builder.UseSetting("Beleidsdag:FacilitatorPassword", Password);
        // Every test phone comes from 127.0.0.1: only the test of that limit keeps it (JoinLimitTests).
        builder.UseSetting("Beleidsdag:NewParticipantsPerMinutePerAddress", "0");
        _configure?.Invoke(builder);
    }
}
