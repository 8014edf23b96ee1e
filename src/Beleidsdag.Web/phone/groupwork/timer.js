// The group work's countdown and the head above the board and the form (my group, the timer badge).
// The countdown is endsAt − serverNow at receipt, so a phone with a wrong clock still counts right.

import { cls, html } from "./lit.js";
import { app, exercise, myGroup } from "./shared.js";

/** @import { ExerciseView } from "../types" */

/** @type {{ paused: true, leftMs: number } | { paused: false, deadline: number } | null} */
let timer = null;
/** @type {ReturnType<typeof setTimeout> | null} */
let tick = null;

export function readTimer() {
  const t = exercise()?.timer;
  if (t?.pausedLeftMs != null) timer = { paused: true, leftMs: Math.max(0, t.pausedLeftMs) };
  else if (t?.endsAt && t.serverNow) timer = { paused: false, deadline: Date.now() + (Date.parse(t.endsAt) - Date.parse(t.serverNow)) };
  else timer = null;
  scheduleTick();
}

export function timerLeftMs() {
  if (!timer) return null;
  return timer.paused ? timer.leftMs : Math.max(0, timer.deadline - Date.now());
}

export const timerPaused = () => (timer ? timer.paused : null);

// "De tijd is om" belongs to the group work: once the plenary feedback starts, the countdown is over and done.
export const timeIsUp = () => timerLeftMs() === 0 && !timer?.paused && !exercise()?.plenary;

function scheduleTick() {
  if (tick) clearTimeout(tick);
  tick = null;
  if (!timer || timer.paused) return;
  const left = timer.deadline - Date.now();
  if (left <= 0) return;
  tick = setTimeout(() => {
    app.render(); // the badge each second; at 0 "De tijd is om" on the whole screen, once: no tick after this
    scheduleTick();
  }, (left % 1000) + 15);
}

const clock = (/** @type {number} */ ms) => {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
};

/** The countdown badge: running, the last minute, paused or up. */
function timerBadge() {
  const left = timerLeftMs();
  if (left == null || !timer || exercise()?.plenary) return html`<div class="gw-timer" data-testid="timer" role="timer" aria-live="off" hidden></div>`;
  const state = timer.paused ? "paused" : left <= 0 ? "up" : left <= 60000 ? "last" : "running";
  const label = timer.paused ? `Timer gepauzeerd, nog ${clock(left)}` : left <= 0 ? "De tijd is om" : `Nog ${clock(left)}`;
  // Paused: the time over "gepauzeerd", so the badge stays narrow next to a long group name.
  const text = timer.paused ? html`<span class="gw-timer__value">${clock(left)}</span> <span class="gw-timer__note">gepauzeerd</span>`
    : left <= 0 ? "De tijd is om" : `Nog ${clock(left)}`;
  return html`<div class="gw-timer" data-testid="timer" role="timer" aria-live="off" data-state=${state} aria-label=${label}>${text}</div>`;
}

/** My group and the timer, above the board and the form. */
export function head(/** @type {ExerciseView} */ ex) {
  return html`<div class=${cls("gw-head", timeIsUp() && "is-up")}><p class="gw-head__group" data-testid="my-group">Je zit in groep: <strong>${myGroup(ex)?.name ?? "…"}</strong></p>${timerBadge()}</div>`;
}
