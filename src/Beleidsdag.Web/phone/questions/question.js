// The question on screen: its text, its notes, the form of its type and, once revealed, its results.
// One template per type (this folder); lit-html updates the elements in place while the question stays the
// same, so an ack, a room change or the status line never takes the text from under someone typing.

import { checkAnswer, typeOf } from "../answers.js";
import { hasUnsentChange, isUntouchedRanking, sentFor, shownAnswer, submitAnswer } from "../answering.js";
import { cls, html, keyed } from "../lit.js";
import { results } from "../results.js";
import { lazy } from "../lazy.js";
import { state } from "../state.js";
import { multipleForm } from "./multiple.js";
import { tapForm } from "./tap.js";

/** @import { ActivityView, Content, QuestionView } from "../types" */
/** @import { TemplateResult } from "../lit.js" */
/** @typedef {(question: QuestionView, open: boolean, answer: Content) => TemplateResult} Form */

/** @type {Record<string, Form>} */
const FORMS = { multipleChoice: multipleForm };
// The less common types are chunks of their own, fetched when a question of the type arrives (lazy.js).
/** @type {Record<string, import("../lazy.js").Lazy<Form>>} */
const LAZY_FORMS = {
  scale: lazy(() => import("./scale.js").then((m) => m.scaleForm)),
  wordCloud: lazy(() => import("./words.js").then((m) => m.wordsForm)),
  openText: lazy(() => import("./text.js").then((m) => m.textForm)),
  ranking: lazy(() => import("./ranking.js").then((m) => m.rankingForm)),
  points: lazy(() => import("./points.js").then((m) => m.pointsForm)),
};

/** The form of this question's type, or what stands in its place while its chunk is on its way. */
function formOf(/** @type {QuestionView} */ question, /** @type {boolean} */ open) {
  const type = typeOf(question);
  const chunk = LAZY_FORMS[type];
  if (chunk) chunk.load();
  const form = chunk ? chunk.get() : FORMS[type] ?? tapForm;
  return form ? form(question, open, shownAnswer(question, open)) : chunk.pending();
}

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
  return keyed(questionSignature(), html`
    <p class="eyebrow">${current.position} / ${current.count}</p>
    <h1 class="question">${question.text}</h1>
    <p class="note" role="status" data-testid="question-note" ?hidden=${!notes}>${notes}</p>
    ${formOf(question, open)}
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
