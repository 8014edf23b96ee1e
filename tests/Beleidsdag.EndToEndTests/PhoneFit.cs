using Microsoft.Playwright;

namespace Beleidsdag.EndToEndTests;

/// <summary>
/// What a participant on a small phone or with the page zoomed in would notice: buttons on top of each other,
/// a page wider than the screen, a word split without a hyphen, and a sticky header and footer that leave too
/// little room for the question.
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

    /// <summary>
    /// The problems once the page has settled: a browser without Dutch hyphenation fetches the soft hyphens when
    /// a long word is first cut (phone/linebreaks.js) and draws the view again when they arrive, a moment later.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SettledProblemsAsync(IPage page, string where)
    {
        var problems = await ProblemsAsync(page, where);
        for (var attempt = 0; attempt < 20 && problems.Count > 0; attempt++)
        {
            await page.WaitForTimeoutAsync(100);
            problems = await ProblemsAsync(page, where);
        }

        return problems;
    }

    /// <summary>Every problem on the page as it is drawn now, as a readable line; empty when it fits.</summary>
    private static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, string where)
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

          // A word split over lines must show a hyphen where it breaks: at a soft hyphen (U+00AD, the page puts them in
          // long words when the browser cannot hyphenate Dutch itself), after a slash, or, in a browser that can,
          // anywhere hyphens: auto allows. A word over more lines than its width needs sits in a box squeezed too narrow.
          const probe = document.createElement("div");
          probe.lang = "nl";
          probe.style.cssText = "position:absolute;visibility:hidden;width:5em;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;font:16px/20px sans-serif";
          probe.textContent = "verantwoordelijkheden";
          document.body.append(probe);
          const browserHyphenatesDutch = probe.offsetHeight > 30;
          probe.remove();
          const canvas = document.createElement("canvas").getContext("2d");
          const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const block = node.parentElement;
            if (!block || !shown(block)) continue;
            const style = getComputedStyle(block);
            const hyphenates = browserHyphenatesDutch && style.hyphens === "auto" && (block.closest("[lang]")?.lang ?? "").startsWith("nl");
            for (const match of node.textContent.matchAll(/[^\s\-\u2010]{4,}/g)) {
              const word = match[0].replaceAll("\u00AD", "");
              // The line each drawn character is on (a soft hyphen not used is not drawn). Chromium gives the letter
              // after a used soft hyphen the hyphen's box too, first: its own box is the last one.
              const drawn = [];
              for (let i = 0; i < match[0].length; i++) {
                const range = document.createRange();
                range.setStart(node, match.index + i);
                range.setEnd(node, match.index + i + 1);
                const rect = [...range.getClientRects()].findLast((r) => r.width > 0);
                if (rect) drawn.push({ char: match[0][i], top: Math.round(rect.top) });
              }
              const lines = new Set(drawn.map((d) => d.top)).size;
              if (lines < 2) continue;
              canvas.font = style.font;
              let box = block;
              while (box.parentElement && getComputedStyle(box).display === "inline") box = box.parentElement;
              const line = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) - parseFloat(getComputedStyle(box).paddingRight);
              const needed = Math.ceil(canvas.measureText(word).width / line) + 1;
              if (lines > needed) problems.push(`"${word}" is split over ${lines} lines in a box ${Math.round(line)} px wide`);
              for (let i = 1; i < drawn.length; i++) {
                if (drawn[i].top > drawn[i - 1].top && !["\u00AD", "/"].includes(drawn[i - 1].char) && !hyphenates) {
                  const at = drawn.slice(0, i).map((d) => d.char).join("").replaceAll("\u00AD", "");
                  problems.push(`"${word}" is split without a hyphen after "${at}"`);
                }
              }
            }
          }
          return problems;
        }
        """;
}
