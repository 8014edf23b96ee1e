// openText: one text of at most 500 characters.

import { TEXT_LENGTH } from "../answers.js";
import { editAnswer } from "../answering.js";
import { h, setText, setValue } from "../dom.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Part, QuestionView } from "../types" */

/** @returns {Part} */
export function textForm(/** @type {QuestionView} */ question) {
  const area = h("textarea", { class: "text-input open-text", "data-testid": "open-text", id: "open-text",
    maxlength: String(TEXT_LENGTH), rows: "6", "aria-label": "Je antwoord", "aria-describedby": "open-text-count",
    placeholder: "Typ hier je antwoord",
    oninput: () => editAnswer(question, { optionIds: [], values: {}, texts: [area.value] }) });
  const count = h("p", { class: "text-count", id: "open-text-count", "data-testid": "open-text-count" });
  const submit = submitArea(question);
  return {
    nodes: [h("div", { class: "form" }, area, count), formFoot(...submit.nodes)],
    update(open, answer) {
      setValue(area, answer.texts[0]);
      area.disabled = !open;
      const length = area.value.length;
      setText(count, `${length} / ${TEXT_LENGTH}`);
      count.classList.toggle("is-near", length >= TEXT_LENGTH - 50);
      submit.update(open, answer);
    },
  };
}
