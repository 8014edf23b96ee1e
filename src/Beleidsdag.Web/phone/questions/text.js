// openText: one text of at most 500 characters.

import { cls, editAnswer, fieldValue, html, submitArea, TEXT_LENGTH } from "../page.js";

/** @import { Content, QuestionView } from "../types" */

export function textForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const typed = (/** @type {Event} */ e) =>
    editAnswer(question, { optionIds: [], values: {}, texts: [/** @type {HTMLTextAreaElement} */ (e.currentTarget).value] });
  // The count follows the field, also while a push leaves the draft behind what is typed.
  const field = /** @type {HTMLTextAreaElement | null} */ (document.getElementById("open-text"));
  const length = (field === document.activeElement && field ? field.value : answer.texts[0]).length;
  return html`
    <div class="form">
      <textarea class="text-input open-text" data-testid="open-text" id="open-text" maxlength=${TEXT_LENGTH} rows="6"
        aria-label="Je antwoord" aria-describedby="open-text-count" placeholder="Typ hier je antwoord" ?disabled=${!open}
        .value=${fieldValue(answer.texts[0])} @input=${typed}></textarea>
      <p class=${cls("text-count", length >= TEXT_LENGTH - 50 && "is-near")} id="open-text-count" data-testid="open-text-count">${`${length} / ${TEXT_LENGTH}`}</p>
    </div>
    ${submitArea(question, open, answer)}`;
}
