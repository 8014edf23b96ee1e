// Where the phone's text may break (src/Beleidsdag.Web/phone/linebreaks.js, hyphenate.js), without a browser.
// Run: npm run test:phone (dotnet test runs it too: PhoneUnitTests)
import { test } from "node:test";
import assert from "node:assert/strict";
import { softHyphens } from "../../src/Beleidsdag.Web/phone/hyphenate.js";
import { withBreaks } from "../../src/Beleidsdag.Web/phone/linebreaks.js";

const shown = (/** @type {string} */ text) => softHyphens(text).replaceAll("\u00AD", "-");

test("long words from the day's own texts break between their syllables", () => {
  assert.equal(shown("verantwoordelijkheden"), "ver-ant-woor-de-lijk-he-den");
  assert.equal(shown("beleidsvoorbereiding"), "be-leids-voor-be-rei-ding");
  assert.equal(shown("Managementteam"), "Ma-na-ge-ment-team");
  assert.equal(shown("communicatie"), "com-mu-ni-ca-tie");
  assert.equal(shown("richtvragen"), "richt-vra-gen");
  assert.equal(shown("afsprakennota"), "af-spra-ken-nota");
  assert.equal(shown("bestuursleden"), "be-stuurs-le-den");
  assert.equal(shown("vergaderhygiëne"), "ver-ga-der-hy-gi-ëne");
  assert.equal(shown("Tijdsinspanning"), "Tijds-in-span-ning");
  assert.equal(shown("beleidsuitvoering"), "be-leids-uit-voe-ring");
  assert.equal(shown("Personeel"), "Per-so-neel");
  assert.equal(shown("Handtekening"), "Hand-te-ke-ning");
  assert.equal(shown("concrete"), "con-crete");
});

test("short words, numbers and what was broken once stay as they are", () => {
  assert.equal(withBreaks("Het MAT en het CBS/VB, 12345678901", softHyphens), "Het MAT en het CBS/VB, 12345678901");
  const once = withBreaks("We kennen en erkennen elkaars verantwoordelijkheden, taken en rollen.", softHyphens);
  assert.equal(withBreaks(once, softHyphens), once);
  assert.equal(once.replaceAll("\u00AD", ""), "We kennen en erkennen elkaars verantwoordelijkheden, taken en rollen.");
});

test("a slash between words may end a line, the hyphen opening a word may not; a browser that hyphenates Dutch gets no soft hyphens", () => {
  assert.equal(withBreaks("ondersteuning wordt/gegeven", null), "ondersteuning wordt/\u200Bgegeven");
  assert.equal(withBreaks("-uitvoering en -evaluatie", null), "-\u2060uitvoering en -\u2060evaluatie");
  assert.equal(withBreaks("verantwoordelijkheden", null), "verantwoordelijkheden");
});
