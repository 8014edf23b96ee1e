using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// The English messages Blazor, SignalR and the browser show of their own accord: the reconnect window
/// ("Rejoining the server…", "Retry", "Resume"), the error bar, loading texts. None may reach the room or the facilitator.
/// </summary>
internal static class FrameworkEnglish
{
    private static readonly string[] Messages =
    [
        "Rejoining the server", "Rejoin failed", "trying again in", "Failed to rejoin", "Please retry or reload",
        "The session has been paused", "Failed to resume", "Retry", "Resume", "Reload", "An unhandled error has occurred",
        "Attempting to reconnect", "Could not reconnect", "Reconnection failed", "Connection lost", "Loading...", "Dismiss",
    ];

    /// <summary>The messages found in what the page shows, shadow roots (where Blazor draws its own window) included.</summary>
    public static async Task<IReadOnlyList<string>> FoundAsync(IPage page)
    {
        var text = await page.EvaluateAsync<string>("""
            () => {
              const parts = [document.body.innerText];
              for (const el of document.querySelectorAll("*")) if (el.shadowRoot) parts.push(el.shadowRoot.textContent);
              return parts.join("\n");
            }
            """);
        return [.. Messages.Where(m => System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(m)}"))];
    }
}
