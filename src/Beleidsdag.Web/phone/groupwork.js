// The group exercise, the prioritisation with dots and the consent round on the phone
// (docs/protocol.md, "Group exercise, prioritisation, consent round"). The page (app.js) owns the connection,
// the outbox and the store in localStorage; this chunk owns what the phone shows and sends for these three
// kinds of agenda item, one module per screen in groupwork/. Everything it sends goes through the page's
// outbox, so it survives a lock screen, a reload or a Wi-Fi drop, and is removed only on an Ack.

import { focusTestId } from "./dom.js";
import { GROUP_KINDS, GROUP_METHODS } from "./groupkinds.js";
import { boardView, forgetBoard, plusOn } from "./groupwork/board.js";
import { consentOf, consentView } from "./groupwork/consent.js";
import { dotsFeedback, dotsView, settleDots, sumOf, workingDots } from "./groupwork/dots.js";
import { forgetSettledForms, openForm, settleSave } from "./groupwork/forms.js";
import { formView } from "./groupwork/form-screen.js";
import { html, keyed } from "./groupwork/lit.js";
import { joinFromQr, pickView } from "./groupwork/pick.js";
import { app, boardOf, current, exercise, gs, kind, myGroup, myGroupId, outbox, setApp, store, voteOf } from "./groupwork/shared.js";
import { readTimer, timerLeftMs, timerPaused } from "./groupwork/timer.js";

/** @import { Ack, MyGroupWork, OutboxItem } from "./types" */
/** @import { GroupApp } from "./groupwork/shared.js" */

let activityChanged = false;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let refreshTimer;

function screenName() {
  const k = kind();
  if (k === "prioritisation") return "dots";
  if (k === "consentRound") return "consent";
  const ex = exercise();
  if (!ex) return "waiting";
  if (!gs.mine && !myGroupId(ex)) return "waiting";
  if (gs.pickingGroup || !myGroupId(ex)) return "pick";
  return openForm() ? "form" : "board";
}

function signature() {
  const c = current();
  const name = screenName();
  /** @type {unknown[]} */
  const parts = [name, c?.activityId];
  const ex = c?.exercise;
  if (ex && (name === "pick" || name === "board" || name === "form")) parts.push(JSON.stringify(ex.groups), myGroupId(ex));
  if (name === "form") parts.push(store().wpOpen, openForm()?.werkpuntId);
  if (name === "dots" || name === "consent") parts.push(c?.title, JSON.stringify(c?.vote));
  return JSON.stringify(parts);
}

const waitingView = () => html`<div class="gw"><p class="lead">Even laden…</p></div>`;

const VIEWS = { pick: pickView, board: boardView, form: formView, dots: dotsView, consent: consentView, waiting: waitingView };

// Another screen, activity, group or form: new elements; the same one: updated in place, so a push from the
// group never takes the text from under a thumb, closes the keyboard or scrolls the page.
function view() {
  const name = screenName();
  if (name !== "board") forgetBoard();
  return keyed(signature(), VIEWS[name]());
}

/** After the page rendered the screen: the field to start in, the conflict to scroll to. */
function afterRender(/** @type {HTMLElement} */ root) {
  if (gs.focusAfterBuild) {
    focusTestId(root, gs.focusAfterBuild);
    gs.focusAfterBuild = null;
  }
  const conflict = root.querySelector('[data-testid="wp-conflict"]:not([hidden])');
  if (conflict && gs.scrollToConflict) {
    gs.scrollToConflict = false;
    requestAnimationFrame(() => conflict.scrollIntoView({ block: "start" }));
  }
}

/** What the page calls. */
export function createGroupwork(/** @type {GroupApp} */ given) {
  setApp(given);
  return {
    handlesKind: (/** @type {string} */ k) => GROUP_KINDS.has(k),
    handlesMethod: (/** @type {string} */ method) => GROUP_METHODS.has(method),
    view,
    afterRender,

    /** Every room this phone applies (push, join, getState): the countdown restarts from its receipt. */
    onRoom(/** @type {string | undefined} */ previousActivityId) {
      activityChanged = current()?.activityId !== previousActivityId;
      if (activityChanged) {
        gs.pickingGroup = false;
        gs.notice = null;
      }
      readTimer();
    },

    // A roomChanged push. The server pushes groupWorkChanged for every change to this phone's group work,
    // but not a move to another activity (the dots and consent given there): then ask for the snapshot,
    // spread over a moment so sixty phones do not ask at once.
    afterRoomPush() {
      if (!activityChanged || !GROUP_KINDS.has(kind() ?? "")) return;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => app.refresh(), 150 + Math.random() * 600);
    },

    applyMine(/** @type {MyGroupWork | null} */ next) {
      gs.mine = next ?? null;
      forgetSettledForms(outbox());
      joinFromQr();
    },

    pickGroup() {
      gs.pickingGroup = true;
      app.render();
      window.scrollTo(0, 0);
    },

    /** An Ack for one of this module's methods (the item has left the outbox already). */
    settle(/** @type {OutboxItem} */ item, /** @type {Ack} */ ack) {
      if (item.method === "saveWerkpunt") settleSave(item, ack);
      else if (item.method === "spendDots") settleDots(item, ack);
      else if (!ack.ok) app.state.error = ack.message || "Dat is niet gelukt."; // joinGroup, react, giveConsent
    },

    /** The line under the screen (the page's #confirmation), for the dots: like an answer's. */
    feedback: dotsFeedback,

    menu() {
      const ex = exercise();
      const group = ex ? myGroup(ex) : null;
      return { inExercise: Boolean(ex && gs.mine), groupName: group?.name ?? null };
    },

    testState() {
      const ex = exercise();
      const vote = voteOf();
      const c = current();
      const board = ex ? boardOf(ex) : null;
      const form = openForm();
      const dots = c && vote && kind() === "prioritisation" ? workingDots(c.activityId, vote) : null;
      return {
        screen: GROUP_KINDS.has(kind() ?? "") ? screenName() : null,
        groupId: ex ? myGroupId(ex) : null,
        werkpunten: board ? board.werkpunten.length : 0,
        timerLeftMs: ex ? timerLeftMs() : null,
        timerPaused: ex ? timerPaused() : null,
        plenary: Boolean(ex?.plenary),
        formOpen: form ? { werkpuntId: form.werkpuntId, pending: Boolean(form.pendingKey), conflict: Boolean(form.conflict) } : null,
        dotsLeft: dots && vote ? vote.dots - sumOf(dots) : null,
        dots,
        consent: c && vote && kind() === "consentRound"
          ? Object.fromEntries(vote.werkpunten.map((w) => [w.id, consentOf(c.activityId, w.id)?.choice ?? null])) : null,
        plusOnes: ex && board ? board.werkpunten.filter((w) => plusOn(w)).map((w) => w.id) : [],
      };
    },
  };
}
