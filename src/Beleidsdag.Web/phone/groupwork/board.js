// The group's board: the task, the richtvragen, the shared list of werkpunten with +1 during the plenary.

import { cardBody, chapterNote, plusWhy } from "./cards.js";
import { forms, startEdit, startNew } from "./forms.js";
import { app, boardOf, exercise, gs, lastPending, MAX_KEPT, keepNewest, myGroup, outbox, send } from "./shared.js";
import { cls, html } from "./lit.js";
import { head, timeIsUp } from "./timer.js";
import { LIMITS } from "./werkpunt.js";

/** @import { ExerciseView, WerkpuntContent, WerkpuntView } from "../types" */
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

/** @type {{ key: string, open: boolean } | null} the richtvragen as the board on the page shows them */
let richtvragen = null;

/** The board is off the page (a form, another activity): next time it is made anew, like the first time. */
export const forgetBoard = () => { richtvragen = null; };

/** The richtvragen are open the first time; after that they stay as the participant left them. */
function richtvragenOpen(/** @type {string} */ seenKey) {
  if (richtvragen?.key !== seenKey) {
    const seen = app.store()?.gwSeen?.[seenKey];
    richtvragen = { key: seenKey, open: seen ? seen.open : true };
    if (!seen) remember(seenKey, false);
  }
  return richtvragen;
}

export function boardView() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const group = myGroup(ex);
  const shown = richtvragenOpen(`${ex.activityId}:${group?.id}`);
  // "toggle" also fires when the element is created open: remember only what the participant changed.
  const toggled = (/** @type {Event} */ e) => {
    const open = /** @type {HTMLDetailsElement} */ (e.currentTarget).open;
    if (open !== shown.open) { shown.open = open; remember(shown.key, open); }
  };
  const board = boardOf(ex);
  const onScreen = ex.plenary && board && ex.groups[ex.plenaryGroup]?.id === board.groupId ? board.werkpunten[ex.plenaryItem]?.id : null;
  const pendingNew = outbox().filter((i) => i.method === "saveWerkpunt" && !i.args.werkpuntId && i.args.exerciseId === ex.activityId);
  /** @type {Item[]} */
  const items = (board?.werkpunten ?? []).map((w) => {
    const pending = lastPending("saveWerkpunt", (a) => a.werkpuntId === w.id);
    const draft = forms()[`wp-${w.id}`];
    return { w, content: pending ? pending.args : w.content, pending: Boolean(pending), conflict: Boolean(draft?.conflict),
      plus: ex.plenary ? plusOn(w) : null, plusCount: w.plusOnes + (plusOn(w) ? 1 : 0) - ((gs.mine?.plusOnes ?? []).includes(w.id) ? 1 : 0),
      onScreen: w.id === onScreen };
  });
  const count = items.length + pendingNew.length;
  const target = Math.max(1, ex.targetPerGroup || 3);
  const full = count >= LIMITS.perGroup;
  const empty = board && count === 0 ? "Nog geen werkpunten. Voeg het eerste toe: wat moet beter in de samenwerking in deze fase?"
    : full ? `Jullie groep heeft het maximum van ${LIMITS.perGroup} werkpunten.` : "";
  const timeUp = timeIsUp() ? "De tijd is om. Rond af en kijk naar het scherm." : "";
  const notice = gs.notice;
  const waiting = app.isReady() ? "Versturen…" : "Wacht op verbinding…";
  // The exercise's title is the board's one heading (a screen reader's first stop), drawn as quietly as before.
  return html`<div class="gw">
    <h1 class="eyebrow">${ex.title}</h1>
    ${head(ex)}
    <p class="gw-timeup" data-testid="time-up" role="alert" ?hidden=${!timeUp}>${timeUp}</p>
    ${plenaryView(ex)}
    ${group?.phase && group.phase !== group.name ? html`<p class="gw-phase">${`Fase van de beleidscyclus: ${group.phase}`}</p>` : null}
    <div class="gw-task" data-testid="questions">
      <p class="gw-task__label">Strategische vraag</p>
      <p class="gw-task__text">${ex.strategicQuestion}</p>
      <p class="gw-task__label">Operationele vraag</p>
      <p class="gw-task__text">${ex.operationalQuestion}</p>
    </div>
    ${group?.richtvragen.length ? html`<details class="gw-richtvragen" data-testid="richtvragen" ?open=${shown.open} @toggle=${toggled}>
      <summary>${`Richtvragen voor jullie groep (${group.richtvragen.length})`}</summary>
      <ul>${group.richtvragen.map((r) => html`<li>${r}</li>`)}</ul></details>` : null}
    <div class="gw-section">
      <h2 class="gw-section__title">Jullie werkpunten</h2>
      <div class=${cls("gw-progress", count >= target && "is-done")}><p class="gw-progress__text" data-testid="progress">${board
        ? `${count} van ~${target} werkpunten${count >= target ? " ✓" : ""}` : "Je groep wordt geladen…"}</p><span class="gw-progress__bar"
        aria-hidden="true"><span class="gw-progress__fill" style=${`width: ${Math.min(100, Math.round((count / target) * 100))}%;`}></span></span></div>
    </div>
    <ul class="gw-list" data-testid="werkpunten" aria-label="Jullie werkpunten">${items.map((i) => werkpuntItem(ex, i))}${pendingNew.map((i) => html`
      <li class="gw-item"><div class="wp is-pending" data-testid=${`pending-werkpunt-${i.key}`}>${cardBody(i.args)}<span class="wp__state">${waiting}</span></div></li>`)}</ul>
    <p class="hint gw-empty" ?hidden=${!empty}>${empty}</p>
    <div class="form-foot">
      <p class=${cls("form-message", `form-message--${notice?.kind ?? "info"}`)} data-testid="board-message" aria-live="polite" ?hidden=${!notice?.text}>${notice?.text ?? ""}</p>
      <button type="button" class="big big--primary" data-testid="add-werkpunt" ?disabled=${!board || full} @click=${() => startNew(ex)}>+ Werkpunt toevoegen</button>
    </div>
  </div>`;
}

function remember(/** @type {string} */ seenKey, /** @type {boolean} */ open) {
  app.updateStore((s) => keepNewest((s.gwSeen ??= {}), seenKey, { open }, MAX_KEPT));
}

function plenaryView(/** @type {ExerciseView} */ ex) {
  if (!ex.plenary) return html`<div class="gw-plenary" data-testid="plenary" aria-live="polite" hidden></div>`;
  const group = ex.groups[ex.plenaryGroup];
  const board = boardOf(ex);
  const ours = board && group?.id === board.groupId;
  // The server names the werkpunt on the screen, whichever group it is from, so anyone can give it +1.
  const item = ex.plenaryWerkpunt ?? (ours ? board.werkpunten[ex.plenaryItem] : null);
  const on = item ? plusOn(item) : false;
  return html`<div class="gw-plenary" data-testid="plenary" aria-live="polite">
    <p class="gw-plenary__title">${`Terugkoppeling: groep ${group?.name ?? ex.plenaryGroup + 1}`}</p>
    <p class="gw-plenary__text">${ours ? "Jullie groep is aan de beurt." : "Kijk en luister mee naar het scherm."}</p>
    ${item ? html`<p class="gw-plenary__item" data-testid="plenary-item">Nu op het scherm: <strong>${item.content.text}</strong></p>
      <button type="button" class=${cls("gw-plus gw-plus--screen", on && "is-selected")} data-testid="plus-onscreen" aria-pressed=${String(on)}
        @click=${() => togglePlus(item)}><span class="gw-plus__sign">${on ? "✓ +1" : "+1"}</span>${plusWhy()}</button>` : null}
    ${board?.werkpunten.length ? html`<p class="gw-plenary__hint">Steun je een werkpunt van je groep? Tik op +1.</p>` : null}
  </div>`;
}

function werkpuntItem(/** @type {ExerciseView} */ ex, /** @type {Item} */ i) {
  const state = i.pending ? (app.isReady() ? "Versturen…" : "Wacht op verbinding…") : i.conflict ? "⚠ Niet bewaard: iemand anders paste het aan. Tik om samen te voegen." : "";
  const plus = i.plus == null ? null : html`<button type="button" class=${cls("gw-plus", i.plus && "is-selected")} data-testid=${`plus-${i.w.id}`}
    aria-pressed=${String(i.plus)} @click=${() => togglePlus(i.w)}><span class="gw-plus__sign">${i.plus ? "✓ +1" : "+1"}</span>${plusWhy()}${i.plusCount > 0
    ? html`<span class="gw-plus__count">${String(i.plusCount)}</span>` : null}</button>`;
  // Its name is what it shows (a label of its own would leave out the badge and the oplossingen), then what a tap does.
  return html`<li class=${cls("gw-item", plus && "has-plus")}><button type="button"
    class=${cls("wp", i.pending && "is-pending", i.onScreen && "is-on-screen", i.conflict && "has-conflict")} data-testid=${`werkpunt-${i.w.id}`}
    @click=${() => startEdit(ex, i.w)}>${i.onScreen ? html`<span class="wp__badge">Nu op het scherm</span>` : null}${cardBody(i.content,
    i.pending ? {} : { chapter: chapterNote(ex, i.w), termDate: i.w.termDate })}${state
    ? html`<span class="wp__state">${state}</span>` : null}<span class="sr-only"> Tik om aan te passen.</span></button>${plus}</li>`;
}
