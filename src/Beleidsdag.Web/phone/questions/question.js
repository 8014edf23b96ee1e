// The question on screen: its text, its notes, the form of its type and, once revealed, its results.
// A question's view is built once and then updated in place: an ack, a room change or the status line
// must not take the text from under someone typing, close the keyboard or scroll the page.

import { checkAnswer, typeOf } from "../answers.js";
import { h, setText } from "../dom.js";
import { hasUnsentChange, isUntouchedRanking, sentFor, shownAnswer, submitAnswer } from "../answering.js";
import { results } from "../results.js";
import { state } from "../state.js";
import { multipleForm } from "./multiple.js";
import { pointsForm } from "./points.js";
import { rankingForm } from "./ranking.js";
import { scaleForm } from "./scale.js";
import { tapForm } from "./tap.js";
import { textForm } from "./text.js";
import { wordsForm } from "./words.js";

/** @import { ActivityView, Content, Part, QuestionView } from "../types" */

/** @type {Record<string, (question: QuestionView) => Part>} */
const FORMS = { multipleChoice: multipleForm, scale: scaleForm, wordCloud: wordsForm, openText: textForm,
  ranking: rankingForm, points: pointsForm };

/** @type {{ signature: string, update(): void } | null} the question view on the page */
let questionBuild = null;

export const built = () => questionBuild;
export const forgetQuestion = () => { questionBuild = null; };

const activity = () => /** @type {ActivityView} */ (state.room?.current);

export function questionSignature() {
  const current = activity();
  return JSON.stringify([current.activityId, current.position, current.count, current.question]);
}

export function questionView() {
  const current = activity();
  const question = /** @type {QuestionView} */ (current.question);
  const notes = h("p", { class: "note", role: "status", "data-testid": "question-note" });
  const form = (FORMS[typeOf(question)] ?? tapForm)(question);
  questionBuild = {
    signature: questionSignature(),
    update() {
      const now = activity();
      const open = now.phase === "open";
      const texts = [];
      if (now.phase === "notOpened") texts.push("De vraag is nog niet geopend.");
      if (now.phase === "closed") texts.push("De stemming is gesloten.");
      // Until the first push arrives (within a second of the reveal) the screen has them already.
      if (now.revealed && !results.shownFor(now)) texts.push("De resultaten staan op het scherm.");
      setText(notes, texts.join(" "));
      form.update(open, shownAnswer(question, open));
      results.update(now);
    },
  };
  return [
    h("p", { class: "eyebrow" }, `${current.position} / ${current.count}`),
    h("h1", { class: "question" }, question.text),
    notes,
    ...form.nodes,
    // Under the form, so a push never moves a button from under a thumb.
    results.node(),
  ];
}

/**
 * The hint or problem above "Versturen", and the button itself.
 * @param {QuestionView} question
 * @returns {Part}
 */
export function submitArea(question) {
  const message = h("p", { class: "form-message", "data-testid": "form-message", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "big big--primary submit", "data-testid": "submit",
    onclick: () => submitAnswer(question) }, "Versturen");
  return {
    nodes: [message, button],
    update(/** @type {boolean} */ open, /** @type {Content} */ answer) {
      const check = checkAnswer(question, answer);
      const notice = state.notice?.questionId === question.id ? state.notice : null;
      const shown = open ? (notice ?? (check.text ? check : null)) : null;
      setText(message, shown?.text ?? "");
      message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
      const sent = sentFor(question.id);
      const unchanged = Boolean(sent) && !hasUnsentChange(question);
      button.disabled = !open || !check.ok || unchanged;
      const label = unchanged ? (sent?.confirmed ? "✓ Verstuurd" : "Versturen…") : isUntouchedRanking(question) ? "Deze volgorde klopt" : "Versturen";
      if (button.textContent !== label) button.textContent = label;
    },
  };
}

/** The "Versturen" area under a form. */
export const formFoot = (/** @type {Node[]} */ ...nodes) => h("div", { class: "form-foot" }, ...nodes);
