using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// axe-core in the page as it is drawn now. Critical and serious violations fail a test; every count is also
/// appended to the file named by BELEIDSDAG_AXE_REPORT (one tab-separated line per page and state), for the table in a closing note.
/// </summary>
internal static class Accessibility
{
    private static readonly SemaphoreSlim ReportLock = new(1, 1);

    /// <summary>
    /// Each critical or serious violation as "state, page: rule (impact) at selector". Frames are left out: the
    /// console's miniature is the screen page, which is checked in its own window.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions { Iframes = false });
        var counts = new[] { "critical", "serious", "moderate", "minor" }
            .Select(impact => result.Violations.Where(v => v.Impact == impact).Sum(v => v.Nodes.Length)).ToList();
        if (Environment.GetEnvironmentVariable("BELEIDSDAG_AXE_REPORT") is { Length: > 0 } file)
        {
            var rules = string.Join(", ", result.Violations.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Length})"));
            await ReportLock.WaitAsync();
            try
            {
                await File.AppendAllTextAsync(file, $"{where}\t{string.Join('\t', counts)}\t{rules}\n");
            }
            finally
            {
                ReportLock.Release();
            }
        }

        return [.. result.Violations.Where(v => v.Impact is "critical" or "serious")
            .SelectMany(v => v.Nodes.Select(n => $"{where}: {v.Id} ({v.Impact}) at {n.Target}: {v.Help}"))];
    }
}
