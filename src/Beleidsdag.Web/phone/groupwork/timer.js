// The group work's countdown and the head above the board and the form (my group, the timer badge).
// The countdown is endsAt − serverNow at receipt, so a phone with a wrong clock still counts right.

import { h } from "../dom.js";
import { app, exercise, gs, myGroup } from "./shared.js";

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
    gs.built?.updateTimer?.();
    if (timerLeftMs() === 0) app.render(); // "De tijd is om" on the whole screen, once: no tick after this
    scheduleTick();
  }, (left % 1000) + 15);
}

const clock = (/** @type {number} */ ms) => {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
};

function timerBadge() {
  const el = h("div", { class: "gw-timer", "data-testid": "timer", role: "timer", "aria-live": "off" });
  const update = () => {
    const left = timerLeftMs();
    let text = "";
    let state = "";
    if (left == null || !timer || exercise()?.plenary) text = "";
    else if (timer.paused) { text = `${clock(left)} gepauzeerd`; state = "paused"; }
    else if (left <= 0) { text = "De tijd is om"; state = "up"; }
    else { text = `Nog ${clock(left)}`; state = left <= 60000 ? "last" : "running"; }
    if (el.textContent !== text) {
      // Paused: the time over "gepauzeerd", so the badge stays narrow next to a long group name.
      if (state === "paused") el.replaceChildren(h("span", { class: "gw-timer__value" }, clock(left ?? 0)), " ", h("span", { class: "gw-timer__note" }, "gepauzeerd"));
      else el.textContent = text;
    }
    el.hidden = !text;
    el.dataset.state = state;
    el.setAttribute("aria-label", !text || left == null ? "" : timer?.paused ? `Timer gepauzeerd, nog ${clock(left)}` : left <= 0 ? "De tijd is om" : `Nog ${clock(left)}`);
  };
  return { el, update };
}

/** My group and the timer, above the board and the form. */
export function head(/** @type {ExerciseView} */ ex) {
  const badge = timerBadge();
  const group = h("p", { class: "gw-head__group", "data-testid": "my-group" });
  const root = h("div", { class: "gw-head" }, group, badge.el);
  return {
    root,
    update() {
      const g = myGroup(ex);
      group.replaceChildren("Je zit in groep: ", h("strong", {}, g?.name ?? "…"));
      badge.update();
      root.classList.toggle("is-up", timeIsUp());
    },
    updateTimer: badge.update,
  };
}
