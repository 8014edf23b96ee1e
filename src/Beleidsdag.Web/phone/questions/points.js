// points: spread exactly 100 over the options; never below 0, never above 100 in total.

import { plural, POINTS } from "../answers.js";
import { editAnswer, notify, workingAnswer } from "../answering.js";
import { h, setText, setValue } from "../dom.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Content, Part, QuestionView } from "../types" */

const POINTS_STEP = 5;

/** @returns {Part} */
export function pointsForm(/** @type {QuestionView} */ question) {
  const spent = (/** @type {Content} */ answer) => Object.values(answer.values).reduce((a, b) => a + b, 0);
  const tooMuch = (/** @type {number} */ free, /** @type {number} */ mayHold) => (free <= 0
    ? "Je hebt geen punten meer over. Neem eerst punten weg bij een ander antwoord."
    : `Je hebt nog maar ${plural(free, "punt", "punten")}.${mayHold > free ? ` Hier kan maximaal ${mayHold}.` : ""}`);
  const step = (/** @type {string} */ id, /** @type {number} */ delta) => {
    const answer = workingAnswer(question);
    const free = POINTS - spent(answer);
    const current = answer.values[id];
    if (delta > 0 && free <= 0) return notify(question, tooMuch(free, current));
    editAnswer(question, { ...answer, values: { ...answer.values, [id]: Math.max(0, current + Math.min(delta, free)) } });
    if (delta > free) notify(question, tooMuch(free, current + free));
  };
  const typed = (/** @type {string} */ id, /** @type {HTMLInputElement} */ input) => {
    const answer = workingAnswer(question);
    const free = POINTS - spent(answer);
    const mayHold = answer.values[id] + Math.max(0, free);
    const digits = input.value.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
    let value = digits === "" ? 0 : Number(digits);
    const over = value > mayHold;
    if (over) value = mayHold;
    const shown = digits === "" ? "" : String(value);
    if (input.value !== shown) input.value = shown; // only digits, and never more than there is
    editAnswer(question, { ...answer, values: { ...answer.values, [id]: value } });
    if (over) notify(question, tooMuch(free, mayHold));
  };
  const left = h("p", { class: "points-left", "data-testid": "points-left", "aria-live": "polite" });
  const rows = question.options.map((o, index) => {
    const inputId = `points-input-${index}`;
    const input = h("input", { id: inputId, class: "points__input", type: "text", inputmode: "numeric",
      pattern: "[0-9]*", maxlength: "3", autocomplete: "off", "data-testid": `points-${o.id}`,
      oninput: () => typed(o.id, input),
      onfocus: () => setTimeout(() => input.select(), 0), // typing replaces the number
      onblur: () => { if (input.value === "") input.value = "0"; },
      onkeydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === "Enter") { e.preventDefault(); input.blur(); } } });
    const minus = h("button", { type: "button", class: "points__step", "data-testid": `points-minus-${o.id}`,
      "aria-label": `${o.label}: ${POINTS_STEP} punten minder`, onclick: () => step(o.id, -POINTS_STEP) }, "−");
    const plus = h("button", { type: "button", class: "points__step", "data-testid": `points-plus-${o.id}`,
      "aria-label": `${o.label}: ${POINTS_STEP} punten meer`, onclick: () => step(o.id, POINTS_STEP) }, "+");
    const el = h("div", { class: "points__row", "data-testid": `points-row-${o.id}` },
      h("label", { class: "points__label", for: inputId }, o.label),
      h("div", { class: "points__controls" }, minus, input, plus));
    return { id: o.id, el, input, minus, plus };
  });
  const submit = submitArea(question);
  return {
    nodes: [left, h("div", { class: "form points" }, rows.map((r) => r.el)), formFoot(...submit.nodes)],
    update(open, answer) {
      const free = POINTS - spent(answer);
      for (const r of rows) {
        const value = answer.values[r.id];
        // An emptied field stays empty while the participant types in it (it counts as 0).
        if (!(r.input === document.activeElement && r.input.value === "" && value === 0)) setValue(r.input, String(value));
        r.input.disabled = !open;
        r.minus.disabled = !open || value <= 0;
        r.plus.disabled = !open;
        r.plus.classList.toggle("is-spent", free <= 0);
        r.el.classList.toggle("has-points", value > 0);
      }
      setText(left, free === 0 ? `Alle ${POINTS} punten verdeeld ✓`
        : free > 0 ? `Nog ${plural(free, "punt", "punten")} te verdelen` : `${plural(-free, "punt", "punten")} te veel verdeeld`);
      left.hidden = false;
      left.classList.toggle("is-done", free === 0);
      submit.update(open, answer);
    },
  };
}
