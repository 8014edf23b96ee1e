// What this phone keeps in localStorage per join code: its token, the outbox, drafts and acknowledged answers.
// A draft is an answer being made but not yet acknowledged: it survives a lock screen and a reload.
// Confirmed is what the server acknowledged; myAnswer (join/getState) only covers the question on screen,
// so this is how the phone still knows its answer when the facilitator goes back to an earlier question.

import { isPlainObject } from "./answers.js";
import { state } from "./state.js";

/** @import { Content, Store } from "./types" */

const MAX_KEPT = 30; // questions whose draft and acknowledged answer the phone keeps

/** @type {Store | null} the store of state.code */
let current = null;

export const storeKey = (/** @type {string | null} */ code) => `beleidsdag:${code}`;

/** The store of the code the page is in, or null before a code. */
export const storeOrNull = () => current;

/** The store of the code the page is in; only called once a code is known. */
export function store() {
  if (!current) throw new Error("no join code yet");
  return current;
}

/** Reads the store of this code (or forgets it: null) and makes it the current one. */
export function openStore(/** @type {string | null} */ code) {
  current = code ? loadStore(code) : null;
  return current;
}

/** @returns {Store} */
function loadStore(/** @type {string} */ code) {
  try {
    const s = JSON.parse(localStorage.getItem(storeKey(code)) ?? "null");
    if (s && typeof s === "object") {
      // Keep what the group work stores too (werkpunt drafts, dot drafts, the group's QR code).
      return { ...s, token: s.token ?? null, participantId: s.participantId ?? null,
        seq: Number(s.seq) || 0, outbox: Array.isArray(s.outbox) ? s.outbox : [],
        drafts: isPlainObject(s.drafts) ? s.drafts : {}, confirmed: isPlainObject(s.confirmed) ? s.confirmed : {} };
    }
  } catch { /* unreadable: start fresh */ }
  return { token: null, participantId: null, seq: 0, outbox: [], drafts: {}, confirmed: {} };
}

/** Changes the store and writes it to localStorage. */
export function updateStore(/** @type {(s: Store) => void} */ change) {
  const s = store();
  change(s);
  try {
    localStorage.setItem(storeKey(state.code), JSON.stringify(s));
  } catch { /* private mode or full: keep going in memory rather than stop answering */ }
}

/**
 * Keeps content per question in the store (drafts or confirmed), the newest MAX_KEPT only.
 * @param {"drafts" | "confirmed"} kind
 * @param {string} questionId
 * @param {Content} content
 */
export function remember(kind, questionId, content) {
  updateStore((s) => keepNewest((s[kind] ??= {}), questionId, content, MAX_KEPT));
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
  delete kept[key]; // re-adding keeps the newest last
  kept[key] = value;
  const keys = Object.keys(kept);
  for (const old of keys.slice(0, Math.max(0, keys.length - max))) delete kept[old];
}

// crypto.randomUUID is missing on http:// LAN addresses (not a secure context); getRandomValues is not.
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// 500 ms doubling to 10 s, with jitter so sixty phones that lost the same Wi-Fi do not return in step.
export function backoff(/** @type {number} */ attempt) {
  const base = Math.min(10000, 500 * 2 ** Math.min(attempt, 5));
  return Math.min(10000, base + Math.random() * base / 2);
}
