// scale: per statement (the options) a row of round buttons min..max, the labels under both ends.

import { cls, editAnswer, html, scaleOf, submitArea, workingAnswer } from "../page.js";

/** @import { Content, QuestionView } from "../types" */

export function scaleForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const { min, max, lowLabel, highLabel } = scaleOf(question);
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  // Up to 7 fit in one row at 390 px; 1–10 becomes two rows of 5, so no target gets smaller than a thumb.
  const columns = values.length <= 7 ? values.length : Math.ceil(values.length / 2);
  const wrapped = columns < values.length;
  const pick = (/** @type {string} */ statementId, /** @type {number} */ value) => {
    const working = workingAnswer(question);
    editAnswer(question, { ...working, values: { ...working.values, [statementId]: value } });
  };
  const spoken = (/** @type {number} */ v) => (v === min ? `${v}, ${lowLabel}` : v === max ? `${v}, ${highLabel}` : String(v));
  return html`
    <div class="form">${question.options.map((o, index) => html`
      <div class=${cls("statement", answer.values[o.id] != null && "is-answered")} role="group" aria-labelledby=${`statement-${index}`}
        data-testid=${`statement-${o.id}`}>
        <p class="statement__text" id=${`statement-${index}`}>${o.label}</p>
        <div class="scale__values" style=${`--columns: ${columns}`}>${values.map((v) => {
          const on = answer.values[o.id] === v;
          return html`<button type="button" class=${cls("scale__value", on && "is-selected")} data-testid=${`scale-${o.id}-${v}`}
            aria-label=${spoken(v)} aria-pressed=${String(on)} ?disabled=${!open} @click=${() => pick(o.id, v)}>${String(v)}</button>`;
        })}</div>
        <div class="scale__labels" aria-hidden="true">
          <span class="scale__low">${wrapped ? `${min} = ${lowLabel}` : lowLabel}</span>
          <span class="scale__high">${wrapped ? `${max} = ${highLabel}` : highLabel}</span>
        </div>
      </div>`)}</div>
    ${submitArea(question, open, answer)}`;
}
