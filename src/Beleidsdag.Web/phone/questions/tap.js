// singleChoice, yesNo: one big button per option; a tap sends.

import { chooseAnswer, sentFor } from "../answering.js";
import { h, setPressed } from "../dom.js";

/** @import { Part, QuestionView } from "../types" */

/** @returns {Part} */
export function tapForm(/** @type {QuestionView} */ question) {
  const buttons = question.options.map((o) => h("button", { type: "button", class: "big option",
    "data-testid": `option-${o.id}`, onclick: () => chooseAnswer(question, o) }, o.label));
  return {
    nodes: [h("div", { class: "choices", role: "group", "aria-label": "Antwoorden" }, buttons)],
    update(open) {
      const selected = sentFor(question.id)?.content.optionIds[0];
      question.options.forEach((o, i) => setPressed(buttons[i], o.id === selected, !open));
    },
  };
}
