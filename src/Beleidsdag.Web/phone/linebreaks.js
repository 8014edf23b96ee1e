// Where the page's text may break on a narrow line. The CSS asks for hyphens: auto with lang="nl-BE", but a
// browser without a Dutch hyphenation dictionary (Debian's Chromium, some Android builds) then cuts a word wider
// than its line anywhere, without a hyphen: "verantwoordeli/jkheden". There the page adds soft hyphens
// (hyphenate.js, fetched once a long word is drawn over two lines); a browser that hyphenates Dutch itself keeps
// its dictionary (a soft hyphen in a word would switch that off). Every browser gets a break after a slash
// between words and none after the hyphen that opens a word.

const ZERO_WIDTH_SPACE = "\u200B";
/** Keeps the hyphen of "-uitvoering" with its word: it must not stand alone at the end of a line. */
const WORD_JOINER = "\u2060";

/**
 * The text with a break allowed after a slash between words ("wordt/gegeven", not in a name like "CBS/VB"), none
 * after the hyphen that opens a word ("-uitvoering"), and the soft hyphens given. The same text again comes out
 * the same.
 * @param {string} text
 * @param {((text: string) => string) | null} softHyphens
 */
export function withBreaks(text, softHyphens) {
  const result = text.replace(/(\p{Ll})\/(?=\p{Ll})/gu, `$1/${ZERO_WIDTH_SPACE}`)
    .replace(/(^|\s)-(?=\p{L})/gu, `$1-${WORD_JOINER}`);
  return softHyphens ? softHyphens(result) : result;
}

/**
 * Whether a long word inside `root` is drawn over two lines: only then are soft hyphens worth fetching (on most
 * phones at their usual size every word fits its line).
 */
export function splitsALongWord(/** @type {HTMLElement} */ root) {
  const range = document.createRange();
  for (const node of textsIn(root)) {
    // Words of 8 letters and more (the same length as in hyphenate.js): "Personeel" on a choice at 200% zoom.
    for (const word of node.data.matchAll(/\p{L}{8,}/gu)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) return true;
    }
  }
  return false;
}

/** @type {boolean | undefined} */
let native;

/** Whether this browser hyphenates Dutch itself: a long word in a narrow box breaks over lines, or overflows. */
export function browserHyphenatesDutch() {
  if (native === undefined) {
    const probe = document.createElement("div");
    probe.lang = "nl";
    // Added and removed before the page is painted: never seen.
    probe.style.cssText = "width:5em;hyphens:auto;-webkit-hyphens:auto;overflow-wrap:normal;font:16px/20px sans-serif";
    probe.textContent = "verantwoordelijkheden";
    document.body.append(probe);
    native = probe.offsetHeight > 30;
    probe.remove();
  }
  return native;
}

/**
 * Adds the breaks to the text drawn inside `root`, after lit-html drew it. lit-html compares a value with the value
 * it drew last, not with the page, so the text it drew keeps its breaks until the value changes, and then gets
 * them again here. Form fields are left alone: what someone types is never changed.
 * @param {HTMLElement} root
 * @param {((text: string) => string) | null} softHyphens
 */
export function addLineBreaks(root, softHyphens) {
  for (const text of textsIn(root)) {
    if (text.data.length < 4 || text.parentElement?.closest("textarea, option, select")) continue;
    const broken = withBreaks(text.data, softHyphens);
    if (broken !== text.data) text.data = broken;
  }
}

/** @returns {Generator<Text>} the text nodes inside `root`, in document order */
function* textsIn(/** @type {HTMLElement} */ root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield /** @type {Text} */ (node);
}
