using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// What a projector must never do, measured in the browser: scroll, draw text or a bar outside the window,
/// draw anything under the join badge, clip a text, or print text too small to read from the back.
/// A text marked data-clamped is cut to its lines on purpose (a werkpunt in a ranked list; it is shown whole in the plenary).
/// Text is measured by its own line boxes (a Range), not by the box of the block around it.
/// </summary>
internal static class ScreenCheck
{
    private const string Script = """
        (minPx) => {
          const problems = [];
          const vw = window.innerWidth, vh = window.innerHeight;
          const root = document.documentElement;
          if (root.scrollHeight > vh + 1 || root.scrollWidth > vw + 1) problems.push(`the page scrolls (${root.scrollWidth}×${root.scrollHeight})`);
          const badge = document.querySelector(".join-corner");
          const b = badge ? badge.getBoundingClientRect() : null;
          const name = (el) => (el.getAttribute("data-testid") || el.className || el.tagName).toString().slice(0, 40) + ` “${(el.textContent || "").trim().slice(0, 40)}”`;
          const out = (r) => r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5;
          const under = (r) => b && r.left < b.right - 0.5 && r.right > b.left + 0.5 && r.top < b.bottom - 0.5 && r.bottom > b.top + 0.5;
          const check = (el, rects, what) => {
            for (const r of rects) {
              if (r.width < 0.5 || r.height < 0.5) continue;
              if (out(r)) { problems.push(`${what} ${name(el)} leaves the window (${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)})`); return; }
              if (under(r)) { problems.push(`${what} ${name(el)} lies under the join badge`); return; }
            }
          };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el || el.closest("script, style, .visually-hidden, #components-reconnect-modal")) continue;
            if (badge && badge.contains(el)) continue;
            const style = getComputedStyle(el);
            if (style.visibility === "hidden" || style.display === "none") continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const clamped = el.closest("[data-clamped]");
            const rects = clamped ? [clamped.getBoundingClientRect()] : [...range.getClientRects()];
            if (rects.length === 0) continue;
            check(el, rects, "text");
            if (parseFloat(style.fontSize) < minPx) problems.push(`text ${name(el)} is ${parseFloat(style.fontSize).toFixed(1)} px`);
          }
          for (const el of document.querySelectorAll(".slide-title, .slide-body, .slide-body *, .join-panel *")) {
            if (el.closest(".visually-hidden")) continue;
            const style = getComputedStyle(el);
            if (style.display === "none" || style.visibility === "hidden") continue;
            if (el.matches("svg, .hbar-fill, .side-fill, .scale-segment, .hbar-track, .scale-track")) check(el, [el.getBoundingClientRect()], "drawing");
            if ((style.overflowY === "hidden" || style.overflowX === "hidden") && !el.matches("[data-fit], [data-clamped], .hbar-track, .scale-track, .scale-segment, .scale-half")
                && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) problems.push(`${name(el)} cuts off its text (${el.scrollHeight} > ${el.clientHeight}, fit ${getComputedStyle(el).getPropertyValue("--fit")}, grow ${getComputedStyle(el).getPropertyValue("--grow")})`);
          }
          for (const el of document.querySelectorAll("[data-fit-overflow]")) problems.push(`${name(el)} does not fit even at its smallest size`);
          return [...new Set(problems)];
        }
        """;

    /// <summary>Every problem on the page as it is drawn now; an empty list when the slide fits.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, double minFontPx = 12) =>
        await page.EvaluateAsync<string[]>(Script, minFontPx);

    /// <summary>
    /// The problems of the slide as drawn now, each line naming the slide and the window. With
    /// BELEIDSDAG_SCREENSHOTS set to a folder, the slide is also saved there as screen-{slide}-{W}x{H}.png.
    /// </summary>
    public static async Task<IEnumerable<string>> ProblemsOfAsync(IPage page, string slide)
    {
        var size = page.ViewportSize!;
        if (Environment.GetEnvironmentVariable("BELEIDSDAG_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"screen-{slide}-{size.Width}x{size.Height}.png"), Animations = ScreenshotAnimations.Disabled });
        }

        return (await ProblemsAsync(page)).Select(p => $"{slide} at {size.Width}×{size.Height}: {p}");
    }
}
