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
    private readonly (string Key, string Value)[] _settings;

    private BeleidsdagApp(string dataFolder, (string Key, string Value)[] settings)
    {
        _dataFolder = dataFolder;
        _settings = settings;
        UseKestrel(0);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts the app; <paramref name="settings"/> are configuration keys on top, e.g. the reset-password switch.</summary>
    public static BeleidsdagApp Start(string dataFolder, params (string Key, string Value)[] settings)
    {
        var app = new BeleidsdagApp(dataFolder, settings);
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
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
