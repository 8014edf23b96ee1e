// Werkpunt drafts: { formKey, exerciseId, werkpuntId, baseVersion, content, original, conflict, pendingKey,
// message } in store.wpForms; store.wpOpen is the form on screen. A draft survives a reload and leaves only
// when its save is acknowledged; an edit made on an older version comes back as a conflict to merge by hand.

import { app, exercise, findWerkpunt, gs, myGroup, say, store } from "./shared.js";
import { contentOf, emptyContent, payloadOf, problemOf, samePayload } from "./werkpunt.js";

/** @import { Ack, ExerciseView, OutboxItem, WerkpuntForm, WerkpuntView } from "../types" */

const MAX_FORMS = 20; // werkpunt drafts kept (typed, not yet acknowledged)

/** @returns {Record<string, WerkpuntForm>} */
export const forms = () => app.store()?.wpForms ?? {};

export function openForm() {
  const ex = exercise();
  const form = forms()[app.store()?.wpOpen ?? ""];
  return ex && form && form.exerciseId === ex.activityId ? form : null;
}

/**
 * Keeps the draft; `open` true shows it, false closes it when it is the one on screen.
 * @param {WerkpuntForm} form
 * @param {boolean} [open]
 */
export function putForm(form, open) {
  app.updateStore((s) => {
    const kept = (s.wpForms ??= {});
    delete kept[form.formKey];
    kept[form.formKey] = form;
    const keys = Object.keys(kept);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_FORMS))) delete kept[key];
    if (open === true) s.wpOpen = form.formKey;
    if (open === false && s.wpOpen === form.formKey) s.wpOpen = null;
  });
}

function dropForm(/** @type {string} */ formKey) {
  app.updateStore((s) => {
    if (s.wpForms) delete s.wpForms[formKey];
    if (s.wpOpen === formKey) s.wpOpen = null;
  });
}

export function startNew(/** @type {ExerciseView} */ ex) {
  gs.notice = null;
  const draft = Object.values(forms()).find((f) => f.exerciseId === ex.activityId && !f.werkpuntId && !f.pendingKey);
  putForm(draft ?? { formKey: `new-${app.newKey()}`, exerciseId: ex.activityId, werkpuntId: null, baseVersion: 0,
    content: emptyContent(myGroup(ex)?.chapter ?? ""), original: null, conflict: false, pendingKey: null, message: null }, true);
  gs.focusAfterBuild = "wp-text";
  app.render();
  window.scrollTo(0, 0);
}

export function startEdit(/** @type {ExerciseView} */ ex, /** @type {WerkpuntView} */ werkpunt) {
  gs.notice = null;
  const draft = forms()[`wp-${werkpunt.id}`];
  if (draft && draft.exerciseId === ex.activityId) putForm(draft, true);
  else {
    const content = contentOf({ ...werkpunt.content, chapter: werkpunt.chapter });
    putForm({ formKey: `wp-${werkpunt.id}`, exerciseId: ex.activityId, werkpuntId: werkpunt.id, baseVersion: werkpunt.version,
      content, original: content, conflict: false, pendingKey: null, message: null }, true);
  }
  app.render();
  window.scrollTo(0, 0);
}

/** A change on the open form (never while it is being sent). */
export function editForm(/** @type {(form: WerkpuntForm) => Partial<WerkpuntForm>} */ change) {
  const form = openForm();
  if (!form || form.pendingKey) return;
  putForm({ ...form, ...change(form), message: null });
  app.render();
}

export function saveForm() {
  const form = openForm();
  const ex = exercise();
  if (!form || !ex || form.pendingKey) return;
  const problem = problemOf(form.content);
  if (problem) {
    putForm({ ...form, message: { text: problem.text, kind: "error", field: problem.field } });
    app.render();
    /** @type {HTMLElement | null} */ (document.querySelector(`[data-testid="${problem.field}"]`))?.focus();
    return;
  }
  const latest = form.werkpuntId ? findWerkpunt(ex, form.werkpuntId) : null;
  if (form.werkpuntId && !form.conflict && form.original && samePayload(form.content, form.original)
      && (!latest || latest.version === form.baseVersion)) {
    dropForm(form.formKey); // nothing changed: nothing to save
    say("Niets gewijzigd.", "info");
    app.render();
    return;
  }
  // After a conflict the participant has seen the newer version: the save now builds on it.
  const baseVersion = form.conflict && latest ? latest.version : form.baseVersion;
  const key = app.newKey();
  const args = { exerciseId: form.exerciseId, werkpuntId: form.werkpuntId, baseVersion, ...payloadOf(form.content), key };
  /** @type {HTMLElement | null} */ (document.activeElement)?.blur?.();
  if (!app.enqueue("saveWerkpunt", args)) {
    putForm({ ...form, message: { text: app.state.error ?? "Dit werkpunt is te groot om te versturen.", kind: "error" } });
    app.state.error = null;
    app.render();
    return;
  }
  putForm({ ...form, baseVersion, conflict: false, pendingKey: key, message: null });
  app.flushOutbox();
  app.render();
}

export function cancelForm() {
  const form = openForm();
  if (!form) return;
  if (form.pendingKey) app.updateStore((s) => { s.wpOpen = null; }); // still being sent: it stays in the outbox, the list shows it
  else dropForm(form.formKey);
  app.render();
}

export function takeTheirs() {
  const form = openForm();
  const ex = exercise();
  const latest = form?.werkpuntId && ex ? findWerkpunt(ex, form.werkpuntId) : null;
  if (!latest) return;
  const content = contentOf({ ...latest.content, chapter: latest.chapter });
  editForm(() => ({ content, original: content, baseVersion: latest.version, conflict: false }));
}

/** A draft waiting for an Ack that is no longer in the outbox (acknowledged in another tab): not waiting any more. */
export function forgetSettledForms(/** @type {OutboxItem[]} */ outbox) {
  const keys = new Set(outbox.map((i) => i.key));
  for (const form of Object.values(forms())) {
    if (form.pendingKey && !keys.has(form.pendingKey)) putForm({ ...form, pendingKey: null });
  }
}

/** The Ack of a saveWerkpunt (the item has left the outbox already). */
export function settleSave(/** @type {OutboxItem} */ item, /** @type {Ack} */ ack) {
  const form = Object.values(forms()).find((f) => f.pendingKey === item.key);
  if (ack.ok) {
    if (form) dropForm(form.formKey);
    say(item.args.werkpuntId ? "✓ Werkpunt aangepast." : "✓ Werkpunt toegevoegd.", "done");
    return;
  }
  if (!form) { app.state.error = ack.message || "Dat is niet gelukt."; return; }
  /** @type {WerkpuntForm} */
  const next = { ...form, pendingKey: null, message: null };
  if (ack.code === "edit-conflict") {
    next.conflict = true;
    gs.scrollToConflict = store()?.wpOpen === form.formKey;
    app.refresh(); // make sure the newer version is on the phone
  } else if (ack.code === "unknown-werkpunt" && form.werkpuntId) {
    next.werkpuntId = null;
    next.baseVersion = 0;
    next.message = { text: "Dit werkpunt bestaat niet meer: de begeleider heeft het misschien samengevoegd of verborgen. Je tekst staat er nog: bewaar hem als nieuw werkpunt, of annuleer.", kind: "error" };
  } else {
    next.message = { text: ack.message || "Bewaren is niet gelukt.", kind: "error" };
  }
  putForm(next, store()?.wpOpen ? undefined : true); // reopen it when no other form is open
}
