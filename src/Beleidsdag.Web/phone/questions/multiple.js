// multipleChoice: toggle buttons, at most maxChoices, then "Versturen".

import { maxChoicesOf, optionIdsOf } from "../answers.js";
import { editAnswer, notify, workingAnswer } from "../answering.js";
import { cls, html } from "../lit.js";
import { submitArea } from "./question.js";

/** @import { Content, QuestionView } from "../types" */

function toggle(/** @type {QuestionView} */ question, /** @type {string} */ id) {
  const max = maxChoicesOf(question);
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const before = workingAnswer(question).optionIds;
  const answer = (/** @type {string[]} */ ids) => editAnswer(question, { optionIds: optionIdsOf(question).filter((x) => ids.includes(x)), values: {}, texts: [] });
  if (before.includes(id)) return answer(before.filter((x) => x !== id));
  // "Geen van deze" and a real choice say opposite things: the newest tap wins, and the phone says so.
  const clash = before.length > 0 && (exclusive.has(id) || before.some((x) => exclusive.has(x)));
  const kept = clash ? [] : before;
  if (kept.length >= max) return notify(question, `Je kan maximaal ${max} antwoorden kiezen.`);
  answer([...kept, id]);
  if (clash) notify(question, exclusive.has(id) ? "De andere keuzes zijn weggehaald: dit antwoord sluit ze uit." : "Je vorige keuze sloot andere antwoorden uit en is weggehaald.", "info");
}

export function multipleForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const max = maxChoicesOf(question);
  const unlimited = max >= question.options.length;
  const n = answer.optionIds.length;
  const count = unlimited ? `${n} gekozen` : `${n} van ${max} gekozen`;
  return html`
    <p class="hint" data-testid="choice-rule">${unlimited ? "Kies er zoveel je wil." : `Kies er maximaal ${max}.`}</p>
    <div class="choices" role="group" aria-label="Antwoorden" aria-describedby="choice-count">${question.options.map((o) => {
      const on = answer.optionIds.includes(o.id);
      return html`<button type="button" class=${cls("big option toggle", on && "is-selected")} data-testid=${`option-${o.id}`}
        aria-pressed=${String(on)} ?disabled=${!open} @click=${() => toggle(question, o.id)}><span class="toggle__box" aria-hidden="true"></span><span
        class="toggle__label">${o.label}</span></button>`;
    })}</div>
    ${submitArea(question, open, answer, html`<p class="counter" id="choice-count" data-testid="choice-count">${count}</p>`)}`;
}
