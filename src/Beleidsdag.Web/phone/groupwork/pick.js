// Choosing a group: by tapping it, or once per exercise from the group's own QR code (/j/CODE?groep=GROUPID).

import { h } from "../dom.js";
import { app, exercise, gs, myGroupId, send } from "./shared.js";

/** @import { ExerciseView } from "../types" */
/** @import { Screen } from "./shared.js" */

function chooseGroup(/** @type {ExerciseView} */ ex, /** @type {string} */ groupId, key = app.newKey()) {
  gs.pickingGroup = false;
  app.state.error = null;
  if (groupId !== myGroupId(ex)) send("joinGroup", { exerciseId: ex.activityId, groupId, key });
  app.render();
  window.scrollTo(0, 0);
}

// The key is the exercise's, so a second scan (or a second tab) replays the first join instead of moving the phone again.
export function joinFromQr() {
  const ex = exercise();
  const s = app.store();
  if (!ex || !s?.qrGroup || !gs.mine || s.qrJoined?.[ex.activityId]) return;
  if (!ex.groups.some((g) => g.id === s.qrGroup)) return;
  const groupId = s.qrGroup;
  app.updateStore((st) => { (st.qrJoined ??= {})[ex.activityId] = groupId; });
  const key = `qr-${ex.activityId}`.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64).padEnd(8, "0");
  if (groupId !== myGroupId(ex)) chooseGroup(ex, groupId, key);
}

/** @returns {Omit<Screen, "signature">} */
export function pickScreen() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const buttons = ex.groups.map((g, i) => {
    const description = g.phase && g.phase !== g.name ? `Fase: ${g.phase}` : `Groep ${i + 1}`;
    return { id: g.id, el: h("button", { type: "button", class: "big side", "data-testid": `group-${g.id}`, onclick: () => chooseGroup(ex, g.id) },
      h("span", { class: "side__label" }, g.name), h("span", { class: "side__description" }, description)) };
  });
  const cancel = h("button", { type: "button", class: "big big--quiet", "data-testid": "group-cancel",
    onclick: () => { gs.pickingGroup = false; app.render(); } }, "Annuleren");
  return {
    root: h("div", { class: "gw" },
      h("p", { class: "eyebrow" }, ex.title),
      h("h1", { class: "heading" }, "Kies je groep"),
      h("p", { class: "hint" }, "Scan de QR-code op je tafel, of tik op de groep waarin je zit."),
      h("div", { class: "choices gw-groups", role: "group", "aria-label": "Groepen" }, buttons.map((b) => b.el), cancel)),
    update() {
      const mineNow = myGroupId(ex);
      for (const b of buttons) {
        b.el.classList.toggle("is-selected", b.id === mineNow);
        b.el.setAttribute("aria-pressed", String(b.id === mineNow));
      }
      cancel.hidden = !mineNow;
    },
  };
}
