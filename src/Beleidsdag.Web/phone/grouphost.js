// The group work's module (groupwork.js, its own chunk) is loaded only when a group item starts, or when the
// outbox still holds something of it: the first screen stays light. It gets what it needs of the page here
// (it cannot import the page's modules: esbuild would give the chunk its own copy of the store and the outbox).

import { isReady, probe } from "./connection.js";
import { cls, fieldValue, html, keyed, render as draw } from "./lit.js";
import { enqueue, flushOutbox } from "./outbox.js";
import { state } from "./state.js";
import { newKey, storeOrNull, updateStore } from "./store.js";
import { render } from "./view.js";

/** @import { MyGroupWork } from "./types" */
/** @typedef {ReturnType<typeof import("./groupwork.js").createGroupwork>} Groupwork */

/** @type {Groupwork | null} */
let loaded = null;
/** @type {Promise<void> | null} */
let loading = null;
/** @type {MyGroupWork | null | undefined} a push that came before the module: it waits here */
let waitingMine;

/** The group work's module, once loaded. */
export const groupwork = () => loaded;

export function applyMine(/** @type {MyGroupWork | null} */ mine) {
  if (loaded) loaded.applyMine(mine);
  else waitingMine = mine;
}

export function loadGroupwork() {
  // Its styles come with it (participant/groupwork.css), before its first view is drawn.
  loading ??= Promise.all([import("./groupwork.js"), groupStyles()]).then(([{ createGroupwork }]) => {
    const gw = createGroupwork(groupworkApp());
    loaded = gw;
    gw.onRoom(undefined); // the room as it is now: its timer, a fresh start
    gw.afterRoomPush(); // and this phone's dots and consent there, as after any move to a group item
    if (waitingMine !== undefined) gw.applyMine(waitingMine);
    render();
  }, (error) => {
    loading = null; // a dropped Wi-Fi: the next room change or flush tries again
    throw error;
  });
  return loading;
}

/** @type {HTMLLinkElement | null} */
let styles = null;

function groupStyles() {
  return new Promise((resolve, reject) => {
    if (styles?.sheet) { resolve(undefined); return; }
    styles?.remove();
    const link = styles = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/participant/groupwork.css";
    link.onload = () => resolve(undefined);
    link.onerror = () => { link.remove(); styles = null; reject(new Error("groupwork.css did not load")); };
    document.head.append(link);
  });
}

/**
 * What the group work may use of the page. Made when the chunk arrives, not when this module is evaluated:
 * the modules it names may not have run yet then (they import this one).
 */
export const groupworkApp = () => ({
  state,
  store: storeOrNull,
  updateStore,
  enqueue,
  flushOutbox,
  render,
  refresh: () => { if (isReady()) probe(); },
  isReady,
  newKey,
  lit: { html, keyed, cls, fieldValue, render: draw },
});
