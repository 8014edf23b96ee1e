// wordCloud: up to three boxes, each a word or a phrase of up to three words.

import { MAX_WORDS, tooManyWords, WORD_LENGTH } from "../answers.js";
import { editAnswer, submitAnswer } from "../answering.js";
import { h, setValue } from "../dom.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Part, QuestionView } from "../types" */

/** @returns {Part} */
export function wordsForm(/** @type {QuestionView} */ question) {
  /** @type {HTMLInputElement[]} */
  const inputs = [];
  const changed = () => editAnswer(question, { optionIds: [], values: {}, texts: inputs.map((i) => i.value) });
  for (let i = 0; i < MAX_WORDS; i++) {
    inputs.push(h("input", { class: "text-input word", type: "text", "data-testid": `word-${i}`,
      maxlength: String(WORD_LENGTH), autocomplete: "off", autocapitalize: "none", autocorrect: "off",
      enterkeyhint: i < MAX_WORDS - 1 ? "next" : "send", placeholder: `Woord ${i + 1}`, "aria-label": `Woord ${i + 1}`,
      oninput: changed,
      onkeydown: (/** @type {KeyboardEvent} */ e) => {
        if (e.key !== "Enter") return;
        e.preventDefault();
        if (i < MAX_WORDS - 1) inputs[i + 1].focus(); else submitAnswer(question);
      } }));
  }
  const submit = submitArea(question);
  return {
    nodes: [
      h("p", { class: "hint" }, `Typ tot ${MAX_WORDS} woorden, één per vakje. Een korte woordgroep mag ook.`),
      h("div", { class: "form words" }, inputs),
      formFoot(...submit.nodes),
    ],
    update(open, answer) {
      inputs.forEach((input, i) => {
        setValue(input, answer.texts[i]);
        input.disabled = !open;
        input.setAttribute("aria-invalid", String(tooManyWords(answer.texts[i])));
      });
      submit.update(open, answer);
    },
  };
}
