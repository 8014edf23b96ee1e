using System.Globalization;
using Beleidsdag.Web.Configuration;

namespace Beleidsdag.Web.Hosting;

/// <summary>Prints where to go once the server listens: the console, the phones' address, and a new password.</summary>
public static class StartupBanner
{
    public static void Register(WebApplication app)
    {
        var reset = app.Configuration.GetValue<bool>(StartupArguments.ResetPasswordKey);
        var newPassword = app.Services.GetRequiredService<FacilitatorPassword>().EnsureExists(reset);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var phones = app.Services.GetRequiredService<PhoneAddressProvider>().Current;
            var port = phones.BaseUrl.Port;
            var console = app.Urls.Select(u => new Uri(u.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal))).FirstOrDefault()
                ?? new Uri($"http://localhost:{port}");
            var text = new System.Text.StringBuilder()
                .AppendLine()
                .AppendLine("Beleidsdag draait.")
                .AppendLine(CultureInfo.CurrentCulture, $"  Console (begeleider, op deze computer): {console}")
                .AppendLine(CultureInfo.CurrentCulture, $"  Deelnemers (telefoons):                 {new Uri(phones.BaseUrl, "j")}")
                .AppendLine(CultureInfo.CurrentCulture, $"  Datamap:                                {app.Services.GetRequiredService<DataFolder>().Path}");
            if (phones.BaseUrl.IsLoopback)
            {
                text.AppendLine("  Let op: dit adres is alleen bereikbaar op deze computer, niet voor telefoons. Start zonder --urls, of stel Beleidsdag__PublicBaseUrl in.");
            }

            if (newPassword is not null)
            {
                text.AppendLine(CultureInfo.CurrentCulture, $"  Nieuw wachtwoord voor de begeleider:    {newPassword}")
                    .AppendLine("  (wordt maar één keer getoond; een nieuw: dotnet run --project src/Beleidsdag.Web -- --reset-password)");
            }

            Console.WriteLine(text.ToString());
        });
    }
}

/// <summary>Command-line switches of our own, turned into configuration before the host sees them.</summary>
public static class StartupArguments
{
    public const string ResetPasswordKey = "Beleidsdag:ResetPassword";

    /// <summary><c>--restore &lt;file&gt;</c>: put that backup in place of the database, then start.</summary>
    public const string RestoreKey = "Beleidsdag:Restore";

    public static string[] Translate(string[] args) =>
        [.. args.Select(a => a switch
        {
            "--reset-password" => $"--{ResetPasswordKey}=true",
            "--restore" => $"--{RestoreKey}",
            _ => a,
        })];
}
