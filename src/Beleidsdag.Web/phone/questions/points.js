// points: spread exactly 100 over the options; never below 0, never above 100 in total.

import { cls, editAnswer, fieldValue, html, notify, plural, POINTS, submitArea, workingAnswer } from "../page.js";

/** @import { Content, QuestionView } from "../types" */

const POINTS_STEP = 5;

const spent = (/** @type {Content} */ answer) => Object.values(answer.values).reduce((a, b) => a + b, 0);
const tooMuch = (/** @type {number} */ free, /** @type {number} */ mayHold) => (free <= 0
  ? "Je hebt geen punten meer over. Neem eerst punten weg bij een ander antwoord."
  : `Je hebt nog maar ${plural(free, "punt", "punten")}.${mayHold > free ? ` Hier kan maximaal ${mayHold}.` : ""}`);

function step(/** @type {QuestionView} */ question, /** @type {string} */ id, /** @type {number} */ delta) {
  const answer = workingAnswer(question);
  const free = POINTS - spent(answer);
  const current = answer.values[id];
  if (delta > 0 && free <= 0) return notify(question, tooMuch(free, current));
  editAnswer(question, { ...answer, values: { ...answer.values, [id]: Math.max(0, current + Math.min(delta, free)) } });
  if (delta > free) notify(question, tooMuch(free, current + free));
}

function typed(/** @type {QuestionView} */ question, /** @type {string} */ id, /** @type {HTMLInputElement} */ input) {
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
}

const field = (/** @type {Event} */ e) => /** @type {HTMLInputElement} */ (e.currentTarget);

export function pointsForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const free = POINTS - spent(answer);
  const left = free === 0 ? `Alle ${POINTS} punten verdeeld ✓`
    : free > 0 ? `Nog ${plural(free, "punt", "punten")} te verdelen` : `${plural(-free, "punt", "punten")} te veel verdeeld`;
  return html`
    <p class=${cls("points-left", free === 0 && "is-done")} data-testid="points-left" aria-live="polite">${left}</p>
    <div class="form points">${question.options.map((o, index) => {
      const value = answer.values[o.id];
      return html`<div class=${cls("points__row", value > 0 && "has-points")} data-testid=${`points-row-${o.id}`}>
        <label class="points__label" for=${`points-input-${index}`}>${o.label}</label>
        <div class="points__controls">
          <button type="button" class="points__step" data-testid=${`points-minus-${o.id}`} aria-label=${`${o.label}: ${POINTS_STEP} punten minder`}
            ?disabled=${!open || value <= 0} @click=${() => step(question, o.id, -POINTS_STEP)}>−</button>
          <input id=${`points-input-${index}`} class="points__input" type="text" inputmode="numeric" pattern="[0-9]*" maxlength="3"
            autocomplete="off" data-testid=${`points-${o.id}`} ?disabled=${!open} .value=${fieldValue(String(value))}
            @input=${(/** @type {Event} */ e) => typed(question, o.id, field(e))}
            @focus=${(/** @type {Event} */ e) => { const input = field(e); setTimeout(() => input.select(), 0); } /* typing replaces the number */}
            @blur=${(/** @type {Event} */ e) => { if (field(e).value === "") field(e).value = "0"; }}
            @keydown=${(/** @type {KeyboardEvent} */ e) => { if (e.key === "Enter") { e.preventDefault(); field(e).blur(); } }}>
          <button type="button" class=${cls("points__step", free <= 0 && "is-spent")} data-testid=${`points-plus-${o.id}`}
            aria-label=${`${o.label}: ${POINTS_STEP} punten meer`} ?disabled=${!open} @click=${() => step(question, o.id, POINTS_STEP)}>+</button>
        </div>
      </div>`;
    })}</div>
    ${submitArea(question, open, answer)}`;
}
