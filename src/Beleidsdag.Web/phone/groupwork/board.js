// The group's board: the task, the richtvragen, the shared list of werkpunten with +1 during the plenary.

import { focusedTestId, focusTestId, h, setText } from "../dom.js";
import { cardBody, plusWhy } from "./cards.js";
import { forms, startEdit, startNew } from "./forms.js";
import { app, boardOf, exercise, gs, lastPending, MAX_KEPT, keepNewest, myGroup, outbox, send } from "./shared.js";
import { head, timeIsUp } from "./timer.js";
import { LIMITS } from "./werkpunt.js";

/** @import { ExerciseView, WerkpuntContent, WerkpuntView } from "../types" */
/** @import { Screen } from "./shared.js" */
/** @typedef {{ w: WerkpuntView, content: WerkpuntContent, pending: boolean, conflict: boolean, plus: boolean | null, plusCount: number, onScreen: boolean }} Item */

/** Whether this phone gives the werkpunt +1 (a tap not yet acknowledged counts already). */
export function plusOn(/** @type {WerkpuntView} */ werkpunt) {
  const pending = lastPending("react", (a) => a.werkpuntId === werkpunt.id);
  return pending ? Boolean(pending.args.on) : (gs.mine?.plusOnes ?? []).includes(werkpunt.id);
}

function togglePlus(/** @type {WerkpuntView} */ werkpunt) {
  app.state.error = null;
  send("react", { werkpuntId: werkpunt.id, on: !plusOn(werkpunt), key: app.newKey() });
  app.render();
}

/** @returns {Omit<Screen, "signature">} */
export function boardScreen() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const top = head(ex);
  const group = myGroup(ex);
  const seenKey = `${ex.activityId}:${group?.id}`;
  // The richtvragen are open the first time; after that they stay as the participant left them.
  const seen = app.store()?.gwSeen?.[seenKey];
  let shownOpen = seen ? seen.open : true;
  // "toggle" also fires when the element is created open: remember only what the participant changed.
  const details = h("details", { class: "gw-richtvragen", "data-testid": "richtvragen", open: shownOpen,
    ontoggle: () => { if (details.open !== shownOpen) { shownOpen = details.open; remember(seenKey, shownOpen); } } },
  h("summary", {}, `Richtvragen voor jullie groep (${group?.richtvragen.length ?? 0})`),
  h("ul", {}, (group?.richtvragen ?? []).map((r) => h("li", {}, r))));
  if (!seen) remember(seenKey, false);
  const timeUp = h("p", { class: "gw-timeup", "data-testid": "time-up", role: "alert" });
  const plenary = h("div", { class: "gw-plenary", "data-testid": "plenary", "aria-live": "polite" });
  const progressText = h("p", { class: "gw-progress__text", "data-testid": "progress" });
  const bar = h("span", { class: "gw-progress__fill" });
  const list = h("ul", { class: "gw-list", "data-testid": "werkpunten", "aria-label": "Jullie werkpunten" });
  const empty = h("p", { class: "hint gw-empty" });
  const note = h("p", { class: "form-message", "data-testid": "board-message", "aria-live": "polite" });
  const add = h("button", { type: "button", class: "big big--primary", "data-testid": "add-werkpunt", onclick: () => startNew(ex) }, "+ Werkpunt toevoegen");
  /** @type {string | null} */
  let listSig = null;

  const updateList = () => {
    const board = boardOf(ex);
    const now = exercise();
    const onScreen = now?.plenary && board && now.groups[now.plenaryGroup]?.id === board.groupId ? board.werkpunten[now.plenaryItem]?.id : null;
    const pendingNew = outbox().filter((i) => i.method === "saveWerkpunt" && !i.args.werkpuntId && i.args.exerciseId === ex.activityId);
    /** @type {Item[]} */
    const items = (board?.werkpunten ?? []).map((w) => {
      const pending = lastPending("saveWerkpunt", (a) => a.werkpuntId === w.id);
      const draft = forms()[`wp-${w.id}`];
      return { w, content: pending ? pending.args : w.content, pending: Boolean(pending), conflict: Boolean(draft?.conflict),
        plus: now?.plenary ? plusOn(w) : null, plusCount: w.plusOnes + (plusOn(w) ? 1 : 0) - ((gs.mine?.plusOnes ?? []).includes(w.id) ? 1 : 0),
        onScreen: w.id === onScreen };
    });
    const sig = JSON.stringify([app.isReady(), items.map((i) => [i.w.id, i.w.version, i.content, i.pending, i.conflict, i.plus, i.plusCount, i.onScreen]),
      pendingNew.map((i) => [i.key, i.args.text]), Boolean(board)]);
    const count = items.length + pendingNew.length;
    const target = Math.max(1, ex.targetPerGroup || 3);
    setText(progressText, board ? `${count} van ~${target} werkpunten${count >= target ? " ✓" : ""}` : "Je groep wordt geladen…");
    bar.style.width = `${Math.min(100, Math.round((count / target) * 100))}%`;
    progressText.parentElement?.classList.toggle("is-done", count >= target);
    const full = count >= LIMITS.perGroup;
    add.disabled = !board || full;
    setText(empty, board && count === 0 ? "Nog geen werkpunten. Voeg het eerste toe: wat moet beter in de samenwerking in deze fase?" : full ? `Jullie groep heeft het maximum van ${LIMITS.perGroup} werkpunten.` : "");
    if (sig === listSig) return;
    listSig = sig;
    const focused = focusedTestId(list);
    list.replaceChildren(
      ...items.map((i) => werkpuntItem(ex, i)),
      ...pendingNew.map((i) => h("li", { class: "gw-item" },
        h("div", { class: "wp is-pending", "data-testid": `pending-werkpunt-${i.key}` }, cardBody(i.args),
          h("span", { class: "wp__state" }, app.isReady() ? "Versturen…" : "Wacht op verbinding…")))));
    focusTestId(list, focused, { preventScroll: true });
  };

  return {
    root: h("div", { class: "gw" },
      // The exercise's title is the board's one heading (a screen reader's first stop), drawn as quietly as before.
      h("h1", { class: "eyebrow" }, ex.title),
      top.root,
      timeUp,
      plenary,
      group?.phase && group.phase !== group.name ? h("p", { class: "gw-phase" }, `Fase van de beleidscyclus: ${group.phase}`) : null,
      h("div", { class: "gw-task", "data-testid": "questions" },
        h("p", { class: "gw-task__label" }, "Strategische vraag"),
        h("p", { class: "gw-task__text" }, ex.strategicQuestion),
        h("p", { class: "gw-task__label" }, "Operationele vraag"),
        h("p", { class: "gw-task__text" }, ex.operationalQuestion)),
      group?.richtvragen.length ? details : null,
      h("div", { class: "gw-section" },
        h("h2", { class: "gw-section__title" }, "Jullie werkpunten"),
        h("div", { class: "gw-progress" }, progressText, h("span", { class: "gw-progress__bar", "aria-hidden": "true" }, bar))),
      list,
      empty,
      h("div", { class: "form-foot" }, note, add)),
    update() {
      top.update();
      const now = exercise();
      setText(timeUp, timeIsUp() ? "De tijd is om. Rond af en kijk naar het scherm." : "");
      updatePlenary(plenary, now);
      setText(note, gs.notice?.text ?? "");
      note.className = `form-message form-message--${gs.notice?.kind ?? "info"}`;
      updateList();
    },
    updateTimer() {
      top.updateTimer();
    },
  };
}

function remember(/** @type {string} */ seenKey, /** @type {boolean} */ open) {
  app.updateStore((s) => keepNewest((s.gwSeen ??= {}), seenKey, { open }, MAX_KEPT));
}

function updatePlenary(/** @type {HTMLElement} */ el, /** @type {ExerciseView | null} */ ex) {
  if (!ex?.plenary) { el.hidden = true; el.replaceChildren(); return; }
  const group = ex.groups[ex.plenaryGroup];
  const board = boardOf(ex);
  const ours = board && group?.id === board.groupId;
  // The server names the werkpunt on the screen, whichever group it is from, so anyone can give it +1.
  const item = ex.plenaryWerkpunt ?? (ours ? board.werkpunten[ex.plenaryItem] : null);
  const sig = JSON.stringify([group?.id, ours, item?.id, item?.content.text, item && plusOn(item)]);
  el.hidden = false;
  if (el.dataset.sig === sig) return;
  el.dataset.sig = sig;
  el.replaceChildren(...[
    h("p", { class: "gw-plenary__title" }, `Terugkoppeling: groep ${group?.name ?? ex.plenaryGroup + 1}`),
    h("p", { class: "gw-plenary__text" }, ours ? "Jullie groep is aan de beurt." : "Kijk en luister mee naar het scherm."),
    item ? h("p", { class: "gw-plenary__item", "data-testid": "plenary-item" }, "Nu op het scherm: ", h("strong", {}, item.content.text)) : null,
    item ? h("button", { type: "button", class: `gw-plus gw-plus--screen${plusOn(item) ? " is-selected" : ""}`, "data-testid": "plus-onscreen",
      "aria-pressed": String(plusOn(item)), onclick: () => togglePlus(item) },
    h("span", { class: "gw-plus__sign" }, plusOn(item) ? "✓ +1" : "+1"), plusWhy()) : null,
    board?.werkpunten.length ? h("p", { class: "gw-plenary__hint" }, "Steun je een werkpunt van je groep? Tik op +1.") : null,
  ].filter((n) => n != null));
}

function werkpuntItem(/** @type {ExerciseView} */ ex, /** @type {Item} */ i) {
  const state = i.pending ? (app.isReady() ? "Versturen…" : "Wacht op verbinding…") : i.conflict ? "⚠ Niet bewaard: iemand anders paste het aan. Tik om samen te voegen." : "";
  const card = h("button", { type: "button", class: `wp${i.pending ? " is-pending" : ""}${i.onScreen ? " is-on-screen" : ""}${i.conflict ? " has-conflict" : ""}`,
    "data-testid": `werkpunt-${i.w.id}`, onclick: () => startEdit(ex, i.w) },
  i.onScreen ? h("span", { class: "wp__badge" }, "Nu op het scherm") : null,
  cardBody(i.content),
  state ? h("span", { class: "wp__state" }, state) : null,
  // Its name is what it shows (a label of its own would leave out the badge and the oplossingen), then what a tap does.
  h("span", { class: "sr-only" }, " Tik om aan te passen."));
  const plus = i.plus == null ? null : h("button", { type: "button", class: `gw-plus${i.plus ? " is-selected" : ""}`,
    "data-testid": `plus-${i.w.id}`, "aria-pressed": String(i.plus),
    onclick: () => togglePlus(i.w) }, h("span", { class: "gw-plus__sign" }, i.plus ? "✓ +1" : "+1"), plusWhy(),
  i.plusCount > 0 ? h("span", { class: "gw-plus__count" }, String(i.plusCount)) : null);
  return h("li", { class: `gw-item${plus ? " has-plus" : ""}` }, card, plus);
}
