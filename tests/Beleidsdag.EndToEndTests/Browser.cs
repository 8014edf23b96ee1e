using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// Debian's Chromium driven by Playwright (browsers cannot be downloaded here). Phones open the app as
/// http://phone.test:PORT, which Chromium maps to 127.0.0.1: not localhost, so not a secure context,
/// just like a real phone on the venue's Wi-Fi.
/// </summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string PhoneHost = "phone.test";

    /// <summary>In CI a missing browser is a failure; on a developer's laptop the test is skipped with this reason.</summary>
    public static void SkipWhenMissingOutsideCi() =>
        Assert.SkipUnless(
            File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("CI") == "true",
            $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); browser tests skipped on this machine.");

    /// <summary>A phone held upright, with touch.</summary>
    public static BrowserNewPageOptions PhonePage() =>
        new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true };

    /// <summary>What a phone opens after scanning the QR code: the join link under a LAN-like name.</summary>
    public static string JoinLink(Uri baseUrl, string joinCode) => $"http://{PhoneHost}:{baseUrl.Port}/j/{joinCode}";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--host-resolver-rules=MAP {PhoneHost} 127.0.0.1",
            ],
        });
        return (playwright, browser);
    }
}
