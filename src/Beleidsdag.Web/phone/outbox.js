// The outbox: every submission waits in localStorage and leaves it only on an Ack, so a lock screen, a reload
// or a Wi-Fi drop loses nothing. Sent in order, one at a time, so a newer answer never overtakes an older one.

import { acknowledged } from "./answering.js";
import { GROUP_CODES, GROUP_METHODS } from "./groupkinds.js";
import { groupwork, loadGroupwork } from "./grouphost.js";
import { invoke, isReady, joinAndSync, probe, rejoinLater } from "./connection.js";
import { state } from "./state.js";
import { backoff, newKey, store, storeOrNull, updateStore } from "./store.js";
import { render } from "./view.js";

/** @import { Ack, OutboxItem } from "./types" */

// The hub's maximum message size is 8 KB; a bigger message closes the connection and, left in the
// outbox, would close every connection after it too.
const MAX_MESSAGE_BYTES = 8000;
const PERMANENT_CODES = new Set(["unknown-question", "question-not-open", "unknown-option",
  "wrong-number-of-options", "side-required", "invalid-request", "too-many-options", "scale-incomplete",
  "value-out-of-range", "too-many-words", "word-too-long", "text-too-long", "text-empty",
  "ranking-incomplete", "points-not-hundred", "exclusive-option", "participant-removed", ...GROUP_CODES]);
// "Not now": the phone keeps what it has and tries again later, with backoff (docs/protocol.md). A code the
// page does not know is treated the same way in the outbox, never as a reason to drop an answer.
export const TRANSIENT_CODES = new Set(["not-joined", "rate-limited", "too-many-joins"]);

let flushing = false;
/** @type {ReturnType<typeof setTimeout> | null} */
let flushTimer = null;
let flushAttempt = 0;
/** @type {string | null} the server could not store: shown until an item goes through */
let storageMessage = null;

/** Whether the outbox waits for a retry (the status line then says what waits). */
export const isStuck = () => flushTimer != null;

/** The size SignalR's JSON protocol puts on the wire for this invocation (plus its record separator). */
function messageBytes(/** @type {string} */ method, /** @type {unknown} */ args) {
  const frame = { type: 1, invocationId: "999999", target: method, arguments: [args] };
  return new TextEncoder().encode(JSON.stringify(frame)).length + 1;
}

/**
 * Puts a hub call in the outbox; false (with state.error) when it is too big to ever be sent.
 * @param {string} method
 * @param {{ key: string, seq?: number } & Record<string, any>} args
 */
export function enqueue(method, args) {
  if (messageBytes(method, args) >= MAX_MESSAGE_BYTES) {
    state.error = "Dit bericht is te groot om te versturen.";
    return false;
  }
  updateStore((s) => {
    if ((method === "answer" || method === "spendDots") && args.seq != null) s.seq = args.seq; // one counter for both
    s.outbox.push({ method, key: args.key, args });
  });
  return true;
}

/** Sends the outbox in order, one at a time, so a newer answer never overtakes an older one. */
export async function flushOutbox() {
  if (flushing || !isReady()) return;
  flushing = true;
  let rejoin = false;
  try {
    for (let item = /** @type {OutboxItem | undefined} */ (store().outbox[0]); item && isReady(); item = storeOrNull()?.outbox[0]) {
      /** @type {Ack | null} */
      const ack = await invoke(item.method, item.args);
      if (ack?.code === "not-joined") { rejoin = true; break; }
      if (ack?.code === "storage-unavailable") { state.error = storageMessage = ack.message ?? null; throw new Error(ack.code); } // kept, sent again later
      if (storageMessage && state.error === storageMessage) state.error = storageMessage = null; // stored now
      if (!ack || TRANSIENT_CODES.has(ack.code) || (!ack.ok && !PERMANENT_CODES.has(ack.code))) throw new Error(`not now: ${ack?.code}`);
      if (GROUP_METHODS.has(item.method)) await loadGroupwork(); // sent before a reload: settled by its module
      settle(item, ack);
      flushAttempt = 0;
      render();
    }
  } catch {
    // Rate-limited or disconnected: the item stays. A reconnect flushes again; still connected, try later.
    if (isReady() && !flushTimer) {
      flushTimer = setTimeout(() => { flushTimer = null; flushOutbox(); }, backoff(flushAttempt++));
    }
  } finally {
    flushing = false;
    render();
  }
  if (rejoin) {
    state.joined = false;
    rejoinLater(); // join flushes again when it succeeds
  }
}

function settle(/** @type {OutboxItem} */ item, /** @type {Ack} */ ack) {
  // Remove by the key we sent: if the Ack echoed another, the item would otherwise be resent forever.
  updateStore((s) => { s.outbox = s.outbox.filter((i) => i.key !== item.key); });
  if (GROUP_METHODS.has(item.method)) {
    groupwork()?.settle(item, ack);
    return;
  }
  if (ack.ok) {
    if (item.method === "chooseSide") state.serverSide = item.args.side;
    else if (ack.superseded) probe(); // a newer answer (another tab?) won: ask which one counts
    else acknowledged(item.args);
    return;
  }
  state.error = ack.message || "Dat is niet gelukt.";
  if (ack.code === "side-required") state.serverSide = null; // shows the side picker
  if (ack.code === "participant-removed") { state.joined = false; joinAndSync(); } // the join says so, and forgets the token
}

/** A side chosen but not yet acknowledged counts already: the page should not ask twice. */
export function effectiveSide() {
  const pending = storeOrNull()?.outbox.filter((i) => i.method === "chooseSide").pop();
  return pending ? pending.args.side : state.serverSide;
}

export function chooseSide(/** @type {string} */ side) {
  state.pickingSide = false;
  state.error = null;
  if (side !== effectiveSide() && enqueue("chooseSide", { side, key: newKey() })) flushOutbox();
  render();
}
