// singleChoice, yesNo: one big button per option; a tap sends.

import { chooseAnswer, sentFor } from "../answering.js";
import { cls, html } from "../lit.js";

/** @import { Content, QuestionView } from "../types" */

export function tapForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ _answer) {
  const selected = sentFor(question.id)?.content.optionIds[0];
  return html`<div class="choices" role="group" aria-label="Antwoorden">${question.options.map((o) => html`
    <button type="button" class=${cls("big option", o.id === selected && "is-selected")} data-testid=${`option-${o.id}`}
      aria-pressed=${String(o.id === selected)} ?disabled=${!open} @click=${() => chooseAnswer(question, o)}>${o.label}</button>`)}</div>`;
}
