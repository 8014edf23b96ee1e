using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// What a participant on a small phone or with the page zoomed in would notice: buttons on top of each other,
/// a page wider than the screen, a word split in the middle where it would have fitted on a line, and a sticky
/// header and footer that leave too little room for the question.
/// </summary>
internal static class PhoneFit
{
    /// <summary>A 320 px phone (an iPhone SE, a small Android).</summary>
    public static readonly (string Name, BrowserNewPageOptions Options) Small =
        ("320x640", new() { ViewportSize = new() { Width = 320, Height = 640 }, DeviceScaleFactor = 2, HasTouch = true, IsMobile = true });

    /// <summary>
    /// A 390 px phone zoomed to 200%. Browser zoom halves the layout viewport in CSS pixels and doubles the
    /// device pixel ratio: media queries, vw and sticky boxes see 195 × 422 CSS px. That is what this viewport
    /// emulates; CSS `zoom` on the root would leave the viewport at 390 px and so test another layout.
    /// </summary>
    public static readonly (string Name, BrowserNewPageOptions Options) Zoomed =
        ("390-zoom200", new() { ViewportSize = new() { Width = 195, Height = 422 }, DeviceScaleFactor = 2, HasTouch = true, IsMobile = true });

    public const double MaxStickyShare = 0.25;

    /// <summary>Every problem on the page as it is drawn now, as a readable line; empty when it fits.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string where)
    {
        var problems = await page.EvaluateAsync<string[]>(Script, MaxStickyShare);
        return [.. problems.Select(p => $"{where}: {p}")];
    }

    /// <summary>Saves a screenshot to the folder named by BELEIDSDAG_SCREENS (for a closing note), if set.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("BELEIDSDAG_SCREENS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }

    private const string Script = """
        (maxSticky) => {
          const problems = [];
          const shown = (el) => {
            const r = el.getBoundingClientRect();
            const s = getComputedStyle(el);
            return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && !el.closest("[hidden]");
          };
          const name = (el) => el.dataset.testid || el.getAttribute("aria-label") || (el.textContent || "").trim().slice(0, 30) || el.tagName;
          const layer = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const p = getComputedStyle(e).position;
              if (p === "fixed" || p === "sticky") return e;
            }
            return null;
          };

          // Controls that overlap (within the same layer: content scrolls under a sticky bar by design).
          const controls = [...document.querySelectorAll("button, input:not([type=hidden]), select, textarea, summary, a[href]")].filter(shown);
          for (let i = 0; i < controls.length; i++) {
            for (let j = i + 1; j < controls.length; j++) {
              const a = controls[i], b = controls[j];
              if (a.contains(b) || b.contains(a) || layer(a) !== layer(b)) continue;
              const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
              const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
              const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
              if (w > 1 && h > 1) problems.push(`"${name(a)}" overlaps "${name(b)}" by ${Math.round(w)}x${Math.round(h)} px`);
            }
          }

          // Wider than the screen: the participant would have to scroll sideways.
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width + 1) {
            const wide = [...document.querySelectorAll("body *")].filter((el) => shown(el) && el.getBoundingClientRect().right > width + 1
              && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1));
            problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen (${wide.slice(0, 3).map((el) => el.className || el.tagName).join(", ")})`);
          }
          for (const el of controls) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 || r.left < -1) problems.push(`"${name(el)}" sticks out of the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${width})`);
          }

          // Sticky header and footer.
          const bars = [...document.querySelectorAll("body *")].filter((el) => {
            const p = getComputedStyle(el).position;
            return (p === "fixed" || p === "sticky") && shown(el) && !layer(el.parentElement ?? document.body);
          });
          const barHeight = bars.reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
          if (barHeight > window.innerHeight * maxSticky) {
            problems.push(`sticky bars take ${Math.round(barHeight)} of ${window.innerHeight} px (${bars.map((b) => b.className || b.tagName).join(", ")})`);
          }

          // A word split over two lines although it would fit on one. (A word longer than its line may be
          // hyphenated: it must then allow it, with lang="nl" and hyphens: auto.)
          const canvas = document.createElement("canvas").getContext("2d");
          const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const block = node.parentElement;
            if (!block || !shown(block)) continue;
            const style = getComputedStyle(block);
            for (const match of node.textContent.matchAll(/[^\s\-\u2010]{4,}/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size < 2) continue;
              canvas.font = style.font;
              let box = block;
              while (box.parentElement && getComputedStyle(box).display === "inline") box = box.parentElement;
              const line = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) - parseFloat(getComputedStyle(box).paddingRight);
              const fitsOnALine = canvas.measureText(match[0]).width <= line;
              const hyphenates = style.hyphens === "auto" && (block.closest("[lang]")?.lang ?? "").startsWith("nl");
              if (fitsOnALine || !hyphenates) problems.push(`"${match[0]}" is split over ${lines.size} lines${fitsOnALine ? " although it fits on one" : " without hyphenation"}`);
            }
          }
          return problems;
        }
        """;
}
