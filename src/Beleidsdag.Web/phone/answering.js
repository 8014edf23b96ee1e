// An answer on this phone: what was sent, what is being made (the draft) and how it leaves. Every answer goes
// through the outbox (outbox.js) with a new key and the next seq, and counts only once it is acknowledged.

import { checkAnswer, contentOf, formShape, optionIdsOf, payloadFor, typeOf } from "./answers.js";
import { enqueue, flushOutbox } from "./outbox.js";
import { currentQuestion, isOpen, state } from "./state.js";
import { newKey, remember, store, storeOrNull, updateStore } from "./store.js";
import { render } from "./view.js";

/** @import { Content, OptionView, QuestionView } from "./types" */

/**
 * Order-independent for values, so { a: 1, b: 2 } and { b: 2, a: 1 } are the same answer.
 * @param {Partial<Content>} a
 * @param {Partial<Content>} b
 */
export function sameContent(a, b) {
  const canon = (/** @type {Content} */ c) =>
    JSON.stringify([c.optionIds, Object.entries(c.values).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)), c.texts]);
  return canon(contentOf(a)) === canon(contentOf(b));
}

/**
 * What was sent for this question: the newest submission still in the outbox, else the acknowledged one.
 * @returns {{ content: Content, confirmed: boolean } | null}
 */
export function sentFor(/** @type {string} */ questionId) {
  const s = storeOrNull();
  const pending = s?.outbox.filter((i) => i.method === "answer" && i.args.questionId === questionId).pop();
  if (pending) return { content: contentOf(pending.args), confirmed: false };
  const content = s?.confirmed?.[questionId];
  return content ? { content: contentOf(content), confirmed: true } : null;
}

function emptyForm(/** @type {QuestionView} */ question) {
  const c = contentOf(null);
  // A ranking starts in this phone's own shuffled order, so an untouched default never looks like a shared opinion.
  if (typeOf(question) === "ranking") c.optionIds = shuffled(optionIdsOf(question), `${state.participantId}|${question.id}`);
  return formShape(question, c);
}

/**
 * The same order for the same phone and question every time (a reload must not reshuffle what is on screen).
 * @param {string[]} ids
 * @param {string} seedText
 */
function shuffled(ids, seedText) {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => { // mulberry32
    seed = (seed + 0x6D2B79F5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** A ranking nobody touched yet: sending it means "Deze volgorde klopt". */
export const isUntouchedRanking = (/** @type {QuestionView} */ question) =>
  typeOf(question) === "ranking" && !storeOrNull()?.drafts?.[question.id] && !sentFor(question.id);

/** The answer the form shows while the question is open: the draft, else what was sent, else empty. */
export function workingAnswer(/** @type {QuestionView} */ question) {
  const draft = storeOrNull()?.drafts?.[question.id];
  if (draft) return formShape(question, draft);
  const sent = sentFor(question.id);
  return sent ? formShape(question, sent.content) : emptyForm(question);
}

/** A question that is not open shows what counts (what was sent), not an unsent change. */
export function shownAnswer(/** @type {QuestionView} */ question, /** @type {boolean} */ open) {
  const sent = sentFor(question.id);
  return !open && sent ? formShape(question, sent.content) : workingAnswer(question);
}

/** The participant changed the answer after sending it. */
export function hasUnsentChange(/** @type {QuestionView} */ question) {
  const sent = sentFor(question.id);
  return Boolean(sent) && !sameContent(payloadFor(question, workingAnswer(question)), payloadFor(question, sent?.content ?? null));
}

/**
 * Every answer leaves the same way: into the outbox with a new key and the next seq, then sent in order.
 * @param {QuestionView} question
 * @param {Content} payload
 */
function sendAnswer(question, payload) {
  state.error = state.notice = null;
  const args = { questionId: question.id, optionIds: payload.optionIds, values: payload.values, texts: payload.texts,
    key: newKey(), seq: store().seq + 1 };
  if (enqueue("answer", args)) flushOutbox();
}

/** singleChoice, yesNo: a tap sends. */
export function chooseAnswer(/** @type {QuestionView} */ question, /** @type {OptionView} */ option) {
  if (!isOpen()) return;
  if (sentFor(question.id)?.content.optionIds[0] === option.id) return; // already chosen: nothing new to say
  sendAnswer(question, { optionIds: [option.id], values: {}, texts: [] });
  render();
}

/** The "Versturen" button of every other type. */
export function submitAnswer(/** @type {QuestionView} */ question) {
  if (!isOpen()) return;
  const answer = workingAnswer(question);
  const check = checkAnswer(question, answer);
  if (!check.ok) {
    state.notice = check.text ? { questionId: question.id, text: check.text, kind: check.kind ?? "hint" } : null;
    render();
    return;
  }
  // Close the keyboard so the confirmation under the button is seen.
  if (["wordCloud", "openText", "points"].includes(typeOf(question))) /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
  sendAnswer(question, payloadFor(question, answer));
  render();
}

/** A change on the form: kept as a draft at once, sent only with "Versturen". */
export function editAnswer(/** @type {QuestionView} */ question, /** @type {Content} */ content) {
  if (!isOpen()) return;
  state.error = state.notice = null;
  remember("drafts", question.id, content);
  render();
}

export function notify(/** @type {QuestionView} */ question, /** @type {string} */ text, kind = "error") {
  state.notice = { questionId: question.id, text, kind };
  render();
}

/** The answer is stored: it counts now, and a draft that says the same is no longer needed. */
export function acknowledged(/** @type {Content & { questionId: string }} */ args) {
  const content = contentOf(args);
  remember("confirmed", args.questionId, content);
  const draft = store().drafts?.[args.questionId];
  if (!draft) return;
  const question = currentQuestion()?.id === args.questionId ? currentQuestion() : null;
  // Without the question at hand, compare roughly (trimmed, empty words left out).
  const rough = (/** @type {Content} */ c) => ({ ...contentOf(c), texts: contentOf(c).texts.map((t) => t.trim()).filter(Boolean) });
  const same = question ? sameContent(payloadFor(question, draft), payloadFor(question, content)) : sameContent(rough(draft), rough(content));
  if (same) updateStore((s) => { delete s.drafts[args.questionId]; });
}
