// What every screen of the group work shares: the page's services (handed over by grouphost.js), this phone's
// group work as the server last sent it, and what is current. The chunk is loaded once, so module state is fine.

/** @import { ActivityView, ExerciseView, MyGroupWork, Notice, OutboxItem, Store, VoteView } from "../types" */
/** @typedef {ReturnType<typeof import("../grouphost.js").groupworkApp>} GroupApp */

/** @type {GroupApp} */
export let app = /** @type {GroupApp} */ (/** @type {unknown} */ (null));

export function setApp(/** @type {GroupApp} */ given) {
  app = given;
}

export const MAX_KEPT = 10;  // dot drafts and "seen" marks kept

export const gs = {
  /** @type {MyGroupWork | null} JoinResponse.mine, replaced by every groupWorkChanged(mine) */
  mine: null,
  pickingGroup: false, // "Andere groep kiezen"
  /** @type {Notice | null} on the board: "✓ Werkpunt toegevoegd." */
  notice: null,
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  noticeTimer: undefined,
  scrollToConflict: false,
  /** @type {string | null} */
  focusAfterBuild: null,
};

/** @returns {Store} */
export const store = () => /** @type {Store} */ (app.store());
/** @returns {OutboxItem[]} */
export const outbox = () => app.store()?.outbox ?? [];
/** @returns {ActivityView | null} */
export const current = () => app.state.room?.current ?? null;
export const kind = () => current()?.kind ?? null;
/** @returns {ExerciseView | null} */
export const exercise = () => (kind() === "groupExercise" ? current()?.exercise ?? null : null);
/** @returns {VoteView | null} */
export const voteOf = () => (kind() === "prioritisation" || kind() === "consentRound" ? current()?.vote ?? { dots: 0, werkpunten: [] } : null);

/**
 * The newest item of this method in the outbox that matches.
 * @param {string} method
 * @param {(args: any) => boolean} match
 * @returns {OutboxItem | null}
 */
export const lastPending = (method, match) => outbox().filter((i) => i.method === method && match(i.args)).pop() ?? null;

/** A group chosen but not yet acknowledged counts already, like a side. */
export function myGroupId(/** @type {ExerciseView} */ ex) {
  const pending = lastPending("joinGroup", (a) => a.exerciseId === ex.activityId);
  return pending ? /** @type {string} */ (pending.args.groupId) : gs.mine?.groupId ?? null;
}
export const myGroup = (/** @type {ExerciseView} */ ex) => ex.groups.find((g) => g.id === myGroupId(ex)) ?? null;

/** The board only counts when it is the board of the group the phone is in now. */
export function boardOf(/** @type {ExerciseView} */ ex) {
  const board = gs.mine?.board;
  return board && board.exerciseId === ex.activityId && board.groupId === myGroupId(ex) ? board : null;
}
export const findWerkpunt = (/** @type {ExerciseView} */ ex, /** @type {string} */ id) => boardOf(ex)?.werkpunten.find((w) => w.id === id) ?? null;

/** A confirmation such as "✓ Werkpunt toegevoegd." belongs to the moment: it goes after a while. */
export function say(/** @type {string} */ text, /** @type {string} */ kind) {
  gs.notice = { text, kind };
  clearTimeout(gs.noticeTimer);
  gs.noticeTimer = setTimeout(() => { gs.notice = null; app.render(); }, 8000);
}

/** Into the page's outbox, then sent. */
export function send(/** @type {string} */ method, /** @type {{ key: string } & Record<string, any>} */ args) {
  if (!app.enqueue(method, args)) return false;
  app.flushOutbox();
  return true;
}

/**
 * Puts `value` last under `key` and drops the oldest entries over `max` (objects keep insertion order).
 * @template T
 * @param {Record<string, T>} kept
 * @param {string} key
 * @param {T} value
 * @param {number} max
 */
export function keepNewest(kept, key, value, max) {
  delete kept[key];
  kept[key] = value;
  const keys = Object.keys(kept);
  for (const old of keys.slice(0, Math.max(0, keys.length - max))) delete kept[old];
}
