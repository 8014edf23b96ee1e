// The werkpunt form's rules (src/Beleidsdag.Web/phone/groupwork/werkpunt.js), without a browser.
// Run: npm run test:phone (dotnet test runs it too: PhoneUnitTests)
import { test } from "node:test";
import assert from "node:assert/strict";
import { contentOf, dateText, payloadOf, problemOf, samePayload } from "../../src/Beleidsdag.Web/phone/groupwork/werkpunt.js";

const werkpunt = (extra = {}) => ({ text: "De adviesvraag komt te laat", oplossingen: [""], owner: "", ownerRole: "", term: "", comments: "", ...extra });

test("a werkpunt without its text is refused, at the text field", () => {
  assert.equal(problemOf(werkpunt({ text: "   " }))?.field, "wp-text");
});

test("a role must be named when 'een rol' takes it up", () => {
  assert.equal(problemOf(werkpunt({ owner: "rol", ownerRole: " " }))?.field, "wp-role");
  assert.equal(problemOf(werkpunt({ owner: "rol", ownerRole: "algemeen directeur" })), null);
});

test("an oplossing over 500 characters is refused at its own field", () => {
  assert.equal(problemOf(werkpunt({ oplossingen: ["kort", "x".repeat(501)] }))?.field, "wp-oplossing-1");
});

test("on the wire: trimmed, empty oplossingen left out, a role only with 'een rol'", () => {
  const payload = payloadOf(werkpunt({ text: " Te laat ", oplossingen: [" Termijn ", "", "  "], owner: "mat", ownerRole: "directeur" }));
  assert.deepEqual([payload.text, payload.oplossingen, payload.owner, payload.ownerRole], ["Te laat", ["Termijn"], "mat", ""]);
});

test("the server's owner names (cbsVb) read as the phone's codes", () => {
  assert.equal(payloadOf(werkpunt({ owner: "cbsVb" })).owner, "cbs");
});

test("the chapter goes on the wire as its key; a changed chapter alone is a change to save", () => {
  assert.equal(payloadOf(werkpunt({ chapter: "communicatie" })).chapter, "communicatie");
  assert.equal(payloadOf(werkpunt()).chapter, "");
  assert.equal(samePayload(werkpunt({ chapter: "communicatie" }), werkpunt({ chapter: "delegaties" })), false);
});

test("a draft kept in localStorage keeps its chapter and its role", () => {
  const kept = contentOf(JSON.parse(JSON.stringify(werkpunt({ owner: "rol", ownerRole: "Algemeen directeur", chapter: "delegaties" }))));
  assert.deepEqual([kept.owner, kept.ownerRole, kept.chapter], ["rol", "Algemeen directeur", "delegaties"]);
});

test("the server's termDate reads as a Belgian date", () => {
  assert.equal(dateText("2027-03-31"), "31/03/2027");
  assert.equal(dateText(null), "");
});
