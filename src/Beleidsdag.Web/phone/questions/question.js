// The question on screen: its text, its notes, the form of its type and, once revealed, its results.
// One template per type (this folder); lit-html updates the elements in place while the question stays the
// same, so an ack, a room change or the status line never takes the text from under someone typing.

import { checkAnswer, typeOf } from "../answers.js";
import { hasUnsentChange, isUntouchedRanking, sentFor, shownAnswer, submitAnswer } from "../answering.js";
import { cls, html, keyed } from "../lit.js";
import { results } from "../results.js";
import { state } from "../state.js";
import { multipleForm } from "./multiple.js";
import { pointsForm } from "./points.js";
import { rankingForm } from "./ranking.js";
import { scaleForm } from "./scale.js";
import { tapForm } from "./tap.js";
import { textForm } from "./text.js";
import { wordsForm } from "./words.js";

/** @import { ActivityView, Content, QuestionView } from "../types" */
/** @import { TemplateResult } from "../lit.js" */
/** @typedef {(question: QuestionView, open: boolean, answer: Content) => TemplateResult} Form */

/** @type {Record<string, Form>} */
const FORMS = { multipleChoice: multipleForm, scale: scaleForm, wordCloud: wordsForm, openText: textForm,
  ranking: rankingForm, points: pointsForm };

const activity = () => /** @type {ActivityView} */ (state.room?.current);

/** Another question, or the same one edited: new elements (a tap on the old one must not answer the new one). */
function questionSignature() {
  const current = activity();
  return JSON.stringify([current.activityId, current.position, current.count, current.question]);
}

export function questionView() {
  const current = activity();
  const question = /** @type {QuestionView} */ (current.question);
  const open = current.phase === "open";
  const texts = [];
  if (current.phase === "notOpened") texts.push("De vraag is nog niet geopend.");
  if (current.phase === "closed") texts.push("De stemming is gesloten.");
  // Until the first push arrives (within a second of the reveal) the screen has them already.
  if (current.revealed && !results.shownFor(current)) texts.push("De resultaten staan op het scherm.");
  const notes = texts.join(" ");
  const form = FORMS[typeOf(question)] ?? tapForm;
  return keyed(questionSignature(), html`
    <p class="eyebrow">${current.position} / ${current.count}</p>
    <h1 class="question">${question.text}</h1>
    <p class="note" role="status" data-testid="question-note" ?hidden=${!notes}>${notes}</p>
    ${form(question, open, shownAnswer(question, open))}
    ${results.view(current) /* under the form, so a push never moves a button from under a thumb */}`);
}

/**
 * The hint or problem above "Versturen", and the button itself, in the foot of a form.
 * @param {QuestionView} question
 * @param {boolean} open
 * @param {Content} answer
 * @param {unknown} [before] what else goes in the foot, above the message
 */
export function submitArea(question, open, answer, before) {
  const check = checkAnswer(question, answer);
  const notice = state.notice?.questionId === question.id ? state.notice : null;
  const shown = open ? (notice ?? (check.text ? check : null)) : null;
  const sent = sentFor(question.id);
  const unchanged = Boolean(sent) && !hasUnsentChange(question);
  const label = unchanged ? (sent?.confirmed ? "✓ Verstuurd" : "Versturen…") : isUntouchedRanking(question) ? "Deze volgorde klopt" : "Versturen";
  return html`<div class="form-foot">${before}
    <p class=${cls("form-message", `form-message--${shown?.kind ?? "hint"}`)} data-testid="form-message" aria-live="polite"
      ?hidden=${!shown?.text}>${shown?.text ?? ""}</p>
    <button type="button" class="big big--primary submit" data-testid="submit" ?disabled=${!open || !check.ok || unchanged}
      @click=${() => submitAnswer(question)}>${label}</button></div>`;
}
