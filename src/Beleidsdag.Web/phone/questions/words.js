// wordCloud: up to three boxes, each a word or a phrase of up to three words.


import { editAnswer, fieldValue, html, MAX_WORDS, submitAnswer, submitArea, tooManyWords, WORD_LENGTH } from "../page.js";

/** @import { Content, QuestionView } from "../types" */

/** The boxes as they are now (the event's form, not the draft: the draft is made from them). */
const boxes = (/** @type {Event} */ e) =>
  [.../** @type {HTMLElement} */ (e.currentTarget).closest(".words")?.querySelectorAll("input") ?? []].map((i) => i.value);

export function wordsForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const changed = (/** @type {Event} */ e) => editAnswer(question, { optionIds: [], values: {}, texts: boxes(e) });
  const enter = (/** @type {KeyboardEvent} */ e, /** @type {number} */ i) => {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const next = /** @type {HTMLElement | null} */ (document.querySelector(`[data-testid="word-${i + 1}"]`));
    if (i < MAX_WORDS - 1 && next) next.focus(); else submitAnswer(question);
  };
  return html`
    <p class="hint">${`Typ tot ${MAX_WORDS} woorden, één per vakje. Een korte woordgroep mag ook.`}</p>
    <div class="form words">${Array.from({ length: MAX_WORDS }, (_, i) => html`
      <input class="text-input word" type="text" data-testid=${`word-${i}`} maxlength=${WORD_LENGTH} autocomplete="off"
        autocapitalize="none" autocorrect="off" enterkeyhint=${i < MAX_WORDS - 1 ? "next" : "send"} placeholder=${`Woord ${i + 1}`}
        aria-label=${`Woord ${i + 1}`} aria-invalid=${String(tooManyWords(answer.texts[i]))} ?disabled=${!open}
        .value=${fieldValue(answer.texts[i])} @input=${changed} @keydown=${(/** @type {KeyboardEvent} */ e) => enter(e, i)}>`)}</div>
    ${submitArea(question, open, answer)}`;
}
