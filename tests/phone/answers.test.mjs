// The phone's form rules per question type (src/Beleidsdag.Web/phone/answers.js), without a browser.
// Run: npm run test:phone (dotnet test runs it too: PhoneUnitTests)
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkAnswer, formShape, payloadFor } from "../../src/Beleidsdag.Web/phone/answers.js";

const question = (type, extra = {}) => ({ id: "q", type, text: "?", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }], ...extra });
const words = (...texts) => ({ optionIds: [], values: {}, texts });

test("a word cloud takes a phrase of up to three words", () => {
  assert.equal(checkAnswer(question("wordCloud"), words("open communicatie", "respect voor elkaar")).ok, true);
});

test("a word cloud refuses four words in one box, before sending", () => {
  const check = checkAnswer(question("wordCloud"), words("open en eerlijke communicatie"));
  assert.deepEqual([check.ok, check.kind], [false, "error"]);
});

test("a word cloud refuses a box over thirty characters", () => {
  assert.equal(checkAnswer(question("wordCloud"), words("verantwoordelijkheid samenwerking")).kind, "error");
});

test("an empty word cloud is a hint, not an error", () => {
  assert.equal(checkAnswer(question("wordCloud"), words("", " ")).kind, "hint");
});

test("on the wire a word cloud sends its boxes trimmed, empty ones left out", () => {
  assert.deepEqual(payloadFor(question("wordCloud"), words(" open communicatie ", "", "respect")).texts, ["open communicatie", "respect"]);
});

test("a multiple choice with the exclusive option and another is refused", () => {
  const q = question("multipleChoice", { maxChoices: 3, options: [{ id: "a", label: "A" }, { id: "none", label: "Geen van deze", exclusive: true }] });
  assert.equal(checkAnswer(q, { optionIds: ["a", "none"], values: {}, texts: [] }).kind, "error");
});

test("a multiple choice over its maximum is refused", () => {
  assert.equal(checkAnswer(question("multipleChoice", { maxChoices: 2 }), { optionIds: ["a", "b", "c"], values: {}, texts: [] }).kind, "error");
});

test("a scale asks for the statements still without a score", () => {
  const check = checkAnswer(question("scale"), { optionIds: [], values: { a: 4 }, texts: [] });
  assert.equal(check.kind, "hint");
  assert.match(check.text, /B; C/);
});

test("a scale value outside its range is left out of the form", () => {
  assert.deepEqual(formShape(question("scale"), { optionIds: [], values: { a: 9, b: 3 }, texts: [] }).values, { b: 3 });
});

test("points must add up to exactly 100", () => {
  const q = question("points");
  assert.equal(checkAnswer(q, { optionIds: [], values: { a: 60, b: 30 }, texts: [] }).ok, false);
  assert.equal(checkAnswer(q, { optionIds: [], values: { a: 60, b: 30, c: 10 }, texts: [] }).ok, true);
});

test("a ranking keeps every option once, unknown ones dropped, missing ones at the end", () => {
  assert.deepEqual(formShape(question("ranking"), { optionIds: ["c", "x", "c", "a"], values: {}, texts: [] }).optionIds, ["c", "a", "b"]);
});

test("an open text over 500 characters is refused", () => {
  assert.equal(checkAnswer(question("openText"), words("x".repeat(501))).kind, "error");
});
