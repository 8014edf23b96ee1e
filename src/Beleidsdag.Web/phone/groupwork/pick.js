// Choosing a group: by tapping it, or once per exercise from the group's own QR code (/j/CODE?groep=GROUPID).

import { cls, html } from "./lit.js";
import { app, exercise, gs, myGroupId, send } from "./shared.js";

/** @import { ExerciseView } from "../types" */

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

export function pickView() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const mineNow = myGroupId(ex);
  return html`<div class="gw">
    <p class="eyebrow">${ex.title}</p>
    <h1 class="heading">Kies je groep</h1>
    <p class="hint">Scan de QR-code op je tafel, of tik op de groep waarin je zit.</p>
    <div class="choices gw-groups" role="group" aria-label="Groepen">${ex.groups.map((g, i) => html`
      <button type="button" class=${cls("big side", g.id === mineNow && "is-selected")} data-testid=${`group-${g.id}`}
        aria-pressed=${String(g.id === mineNow)} @click=${() => chooseGroup(ex, g.id)}><span class="side__label">${g.name}</span><span
        class="side__description">${g.phase && g.phase !== g.name ? `Fase: ${g.phase}` : `Groep ${i + 1}`}</span></button>`)}
      <button type="button" class="big big--quiet" data-testid="group-cancel" ?hidden=${!mineNow}
        @click=${() => { gs.pickingGroup = false; app.render(); }}>Annuleren</button></div>
  </div>`;
}
