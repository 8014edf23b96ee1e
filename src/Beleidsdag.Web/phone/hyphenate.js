// Soft hyphens (U+00AD, drawn only where a line breaks) between the syllables of long Dutch words, for a browser
// that cannot hyphenate Dutch itself (linebreaks.js). Its own chunk: most phones hyphenate Dutch themselves and
// never fetch it.
// The rule, not a dictionary: a break before a lone consonant between vowels (be-leid), before the last of two or
// more (wer-king), or before a pair or triple that starts Dutch syllables (cen-trum, af-spra-ken); never inside
// a vowel group (oo, ij, eeu), after the linking s of a compound (be-leids-uit-voe-ring), at least 2 letters
// before the first break and 3 after the last. Compounds can come out a letter off (wer-kaf-spra-ken): a hyphen
// one letter off reads better than a word cut without one.

const SOFT_HYPHEN = "\u00AD";
/** Shorter words fit on a phone's line at 200% zoom (the same length as in linebreaks.js). */
const LONG_WORD = /\p{L}{8,}/gu;
const VOWEL = /[aeiouyà-åè-ïò-öù-ü]/;
/** A vowel with a diaeresis starts a syllable of its own (hygi-ëne, co-ördineert). */
const DIAERESIS = /[äëïöü]/;
/** Consonants that begin a syllable together, longest first. "sp" and "st" only after another consonant (in-span-ning, kos-ten). */
const ONSETS = ["schr", "sch", "chr", "spr", "str", "spl", "bl", "br", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "vl", "vr", "wr", "ch"];
const S_ONSETS = ["sp", "st"];

/** The text with soft hyphens in its long words; text that went through it once comes out the same. */
export const softHyphens = (/** @type {string} */ text) => text.replace(LONG_WORD, (word) => {
  let out = "", from = 0;
  for (const at of breaksOf(word)) { out += word.slice(from, at) + SOFT_HYPHEN; from = at; }
  return out + word.slice(from);
});

/**
 * Where a word may break: the indexes of the letters that may start a new line.
 * @param {string} word letters only
 * @returns {number[]}
 */
export function breaksOf(word) {
  const w = word.toLowerCase();
  const isVowel = (/** @type {number} */ i) => VOWEL.test(w[i]) || (w[i] === "j" && w[i - 1] === "i");
  /** @type {{ start: number, end: number }[]} */
  const groups = [];
  for (let i = 0; i < w.length; i++) {
    if (!isVowel(i)) continue;
    const last = groups.at(-1);
    if (last && last.end === i && !DIAERESIS.test(w[i])) last.end = i + 1;
    else groups.push({ start: i, end: i + 1 });
  }
  const breaks = [];
  for (let g = 1; g < groups.length; g++) {
    breaks.push(groups[g].start - onsetLength(w.slice(groups[g - 1].end, groups[g].start)));
  }
  // Prefixes the rule would split a letter off: ver-ant-woor-de-lijk, be-stuur, ge-steld.
  if (breaks.length && /^ver[aeiou]/.test(w)) breaks[0] = 3;
  else if (breaks.length && /^[bg]es[^aeiouy]/.test(w)) breaks[0] = 2;
  return breaks.filter((at) => at >= 2 && at <= w.length - 3);
}

/** How many consonants at the end of a cluster between two vowel groups go to the next syllable. */
function onsetLength(/** @type {string} */ cluster) {
  if (cluster.length <= 1) return cluster.length;
  // The linking s of a compound before a vowel: beleids-uit-voe-ring, tijds-in-span-ning, wer-kings-uren.
  if (/[dgt]s$/.test(cluster)) return 0;
  const onset = ONSETS.find((o) => cluster.endsWith(o))
    ?? (cluster.length > 2 ? S_ONSETS.find((o) => cluster.endsWith(o)) : undefined);
  return onset?.length ?? 1;
}
