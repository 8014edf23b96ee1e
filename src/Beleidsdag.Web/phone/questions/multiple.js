// multipleChoice: toggle buttons, at most maxChoices, then "Versturen".

import { maxChoicesOf, optionIdsOf } from "../answers.js";
import { editAnswer, notify, workingAnswer } from "../answering.js";
import { h, setPressed, setText } from "../dom.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Part, QuestionView } from "../types" */

/** @returns {Part} */
export function multipleForm(/** @type {QuestionView} */ question) {
  const max = maxChoicesOf(question);
  const unlimited = max >= question.options.length;
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const toggle = (/** @type {string} */ id) => {
    const before = workingAnswer(question).optionIds;
    const answer = (/** @type {string[]} */ ids) => editAnswer(question, { optionIds: optionIdsOf(question).filter((x) => ids.includes(x)), values: {}, texts: [] });
    if (before.includes(id)) return answer(before.filter((x) => x !== id));
    // "Geen van deze" and a real choice say opposite things: the newest tap wins, and the phone says so.
    const clash = before.length > 0 && (exclusive.has(id) || before.some((x) => exclusive.has(x)));
    const kept = clash ? [] : before;
    if (kept.length >= max) return notify(question, `Je kan maximaal ${max} antwoorden kiezen.`);
    answer([...kept, id]);
    if (clash) notify(question, exclusive.has(id) ? "De andere keuzes zijn weggehaald: dit antwoord sluit ze uit." : "Je vorige keuze sloot andere antwoorden uit en is weggehaald.", "info");
  };
  const buttons = question.options.map((o) => h("button", { type: "button", class: "big option toggle",
    "data-testid": `option-${o.id}`, onclick: () => toggle(o.id) },
  h("span", { class: "toggle__box", "aria-hidden": "true" }), h("span", { class: "toggle__label" }, o.label)));
  const counter = h("p", { class: "counter", id: "choice-count", "data-testid": "choice-count" });
  const submit = submitArea(question);
  return {
    nodes: [
      h("p", { class: "hint", "data-testid": "choice-rule" }, unlimited ? "Kies er zoveel je wil." : `Kies er maximaal ${max}.`),
      h("div", { class: "choices", role: "group", "aria-label": "Antwoorden", "aria-describedby": "choice-count" }, buttons),
      formFoot(counter, ...submit.nodes),
    ],
    update(open, answer) {
      question.options.forEach((o, i) => setPressed(buttons[i], answer.optionIds.includes(o.id), !open));
      const n = answer.optionIds.length;
      setText(counter, unlimited ? `${n} gekozen` : `${n} van ${max} gekozen`);
      submit.update(open, answer);
    },
  };
}
