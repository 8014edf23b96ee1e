// The werkpunt form: the werkpunt, its oplossingen, who takes it up, the term and remarks; a conflict with
// someone else's newer version is shown next to what this participant typed, never silently overwritten.
// A new field: add it to werkpunt.js (content, payload, check), then one `field(...)` here and its line in update().

import { h, setText, setValue } from "../dom.js";
import { cardBody } from "./cards.js";
import { cancelForm, editForm, openForm, saveForm, takeTheirs } from "./forms.js";
import { app, boardOf, exercise, findWerkpunt, gs } from "./shared.js";
import { head } from "./timer.js";
import { contentOf, LIMITS, OWNERS } from "./werkpunt.js";

/** @import { ExerciseView, WerkpuntContent, WerkpuntForm } from "../types" */
/** @import { Screen } from "./shared.js" */

const counter = (/** @type {string} */ testid) => h("p", { class: "text-count", "data-testid": testid });
const field = (/** @type {string} */ label, /** @type {string} */ id, /** @type {HTMLElement} */ control, /** @type {HTMLElement} */ extra) =>
  h("div", { class: "gw-field" }, h("label", { class: "gw-field__label", for: id }, label), control, extra);

/** The count under a field: always for the werkpunt itself, else only near the limit. */
function showCount(/** @type {HTMLElement} */ el, /** @type {HTMLInputElement | HTMLTextAreaElement} */ input, /** @type {number} */ limit, /** @type {boolean} */ always) {
  const n = input.value.trim().length;
  setText(el, always || n >= limit * 0.8 ? `${n} / ${limit}` : "");
  el.classList.toggle("is-near", n >= limit - Math.min(50, limit / 5));
  el.classList.toggle("is-over", n > limit);
  input.setAttribute("aria-invalid", String(n > limit));
}

/** @returns {Omit<Screen, "signature">} */
export function formScreen() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const top = head(ex);
  const start = openForm();
  /** @returns {WerkpuntContent} */
  const read = () => ({
    text: text.value,
    oplossingen: oplossingInputs.map((i) => i.value),
    owner: openForm()?.content.owner ?? "",
    ownerRole: role.value,
    term: term.value,
    comments: comments.value,
  });
  const changed = () => editForm(() => ({ content: read() }));

  const text = h("textarea", { class: "text-input gw-text", id: "wp-text", "data-testid": "wp-text", rows: "3",
    placeholder: "bv. De adviesvraag aan het MAT komt vaak te laat", oninput: changed });
  const textCount = counter("wp-text-count");
  const oplossingBox = h("div", { class: "gw-oplossingen" });
  /** @type {HTMLTextAreaElement[]} */
  const oplossingInputs = [];
  /** @type {HTMLElement[]} */
  const oplossingCounts = [];
  const addOplossing = h("button", { type: "button", class: "big big--quiet gw-add", "data-testid": "wp-add-oplossing",
    onclick: () => {
      const n = read().oplossingen.length;
      if (n >= LIMITS.oplossingen) return;
      editForm(() => ({ content: { ...read(), oplossingen: [...read().oplossingen, ""] } }));
      oplossingInputs[n]?.focus();
    } }, "+ Oplossing toevoegen");
  const ownerButtons = OWNERS.map((o) => h("button", { type: "button", class: "gw-owner", "data-testid": `wp-owner-${o.code}`,
    onclick: () => {
      const content = read();
      const owner = content.owner === o.code ? "" : o.code;
      editForm(() => ({ content: { ...content, owner } }));
      if (owner === "rol") role.focus();
    } }, o.label));
  const role = h("input", { class: "text-input", id: "wp-role", "data-testid": "wp-role", type: "text", autocomplete: "off",
    placeholder: "bv. algemeen directeur", oninput: changed });
  const roleCount = counter("wp-role-count");
  const roleField = field("Welke rol?", "wp-role", role, roleCount);
  const term = h("input", { class: "text-input", id: "wp-term", "data-testid": "wp-term", type: "text", autocomplete: "off",
    placeholder: "bv. 2027 of binnen 6 maanden", oninput: changed });
  const termCount = counter("wp-term-count");
  const comments = h("textarea", { class: "text-input gw-comments", id: "wp-comments", "data-testid": "wp-comments", rows: "3",
    placeholder: "Wat wil je nog kwijt?", oninput: changed });
  const commentsCount = counter("wp-comments-count");
  const stale = h("p", { class: "note gw-stale", "data-testid": "wp-stale", role: "status" });
  const conflict = h("div", { class: "gw-conflict", "data-testid": "wp-conflict", role: "alert" });
  const message = h("p", { class: "form-message", "data-testid": "wp-message", "aria-live": "polite" });
  // The same problem right under the field it is about: the page scrolls there, far from "Bewaren".
  const fieldError = h("p", { class: "form-message form-message--error gw-field-error", "data-testid": "wp-field-error" });
  const saveButton = h("button", { type: "button", class: "big big--primary submit", "data-testid": "wp-save", onclick: saveForm }, "Bewaren");
  const cancelButton = h("button", { type: "button", class: "big big--quiet", "data-testid": "wp-cancel", onclick: cancelForm }, "Annuleren");
  /** @type {string | null} */
  let conflictSig = null;

  const syncOplossingen = (/** @type {string[]} */ values, /** @type {boolean} */ disabled) => {
    while (oplossingInputs.length < values.length) {
      const i = oplossingInputs.length;
      const input = h("textarea", { class: "text-input gw-oplossing", id: `wp-oplossing-${i}`, "data-testid": `wp-oplossing-${i}`, rows: "2",
        placeholder: i === 0 ? "bv. Een vaste adviestermijn van twee weken" : `Oplossing ${i + 1}`,
        "aria-label": `Oplossing ${i + 1}`, oninput: changed });
      const count = counter(`wp-oplossing-${i}-count`);
      oplossingInputs.push(input);
      oplossingCounts.push(count);
      oplossingBox.append(h("div", { class: "gw-oplossing-row" }, input, count));
    }
    while (oplossingInputs.length > values.length) {
      oplossingInputs.pop();
      oplossingCounts.pop();
      oplossingBox.lastElementChild?.remove();
    }
    oplossingInputs.forEach((input, i) => {
      setValue(input, values[i]);
      input.disabled = disabled;
      showCount(oplossingCounts[i], input, LIMITS.oplossing, false);
    });
  };

  const root = h("div", { class: "gw gw-form" },
    top.root,
    h("h1", { class: "heading" }, start?.werkpuntId ? "Werkpunt aanpassen" : "Nieuw werkpunt"),
    stale,
    conflict,
    h("div", { class: "form" },
      field("Werkpunt", "wp-text", text, textCount),
      h("fieldset", { class: "gw-fieldset" },
        h("legend", { class: "gw-field__label" }, "Oplossingen voor de volgende legislatuur"),
        oplossingBox, addOplossing),
      h("fieldset", { class: "gw-fieldset" },
        h("legend", { class: "gw-field__label" }, "Wie neemt het op?"),
        h("div", { class: "gw-owners" }, ownerButtons), roleField),
      field("Termijn", "wp-term", term, termCount),
      field("Opmerkingen (niet verplicht)", "wp-comments", comments, commentsCount)),
    h("div", { class: "form-foot" }, message, saveButton, cancelButton));
  return {
    root,
    update() {
      top.update();
      const form = openForm();
      if (!form) return;
      const c = contentOf(form.content);
      const pending = Boolean(form.pendingKey);
      setValue(text, c.text);
      setValue(role, c.ownerRole);
      setValue(term, c.term);
      setValue(comments, c.comments);
      for (const input of [text, role, term, comments]) input.disabled = pending;
      syncOplossingen(c.oplossingen, pending);
      addOplossing.hidden = c.oplossingen.length >= LIMITS.oplossingen;
      addOplossing.disabled = pending;
      OWNERS.forEach((o, i) => {
        ownerButtons[i].classList.toggle("is-selected", c.owner === o.code);
        ownerButtons[i].setAttribute("aria-pressed", String(c.owner === o.code));
        ownerButtons[i].disabled = pending;
      });
      roleField.hidden = c.owner !== "rol";
      showCount(textCount, text, LIMITS.text, true);
      showCount(roleCount, role, LIMITS.role, false);
      showCount(termCount, term, LIMITS.term, false);
      showCount(commentsCount, comments, LIMITS.comments, false);
      if (form.message?.field === "wp-text" && !c.text.trim()) text.setAttribute("aria-invalid", "true");
      if (form.message?.field === "wp-role" && !c.ownerRole.trim()) role.setAttribute("aria-invalid", "true");

      const latest = form.werkpuntId ? findWerkpunt(ex, form.werkpuntId) : null;
      // The newer version next to what this participant typed: never silently overwritten.
      const showConflict = form.conflict && latest && !pending;
      conflict.hidden = !showConflict;
      const cSig = showConflict ? JSON.stringify([latest.version, latest.content]) : null;
      if (showConflict && cSig !== conflictSig) {
        conflict.replaceChildren(
          h("p", { class: "gw-conflict__title" }, "Iemand anders paste dit werkpunt net aan:"),
          h("div", { class: "gw-conflict__theirs", "data-testid": "wp-conflict-theirs" }, cardBody(latest.content),
            latest.content.comments ? h("span", { class: "wp__meta" }, `Opmerkingen: ${latest.content.comments}`) : null),
          h("p", { class: "gw-conflict__hint" }, "Jouw versie staat hieronder nog. Neem over wat je wil houden en tik opnieuw op Bewaren."),
          h("button", { type: "button", class: "big big--quiet", "data-testid": "wp-take-theirs", onclick: takeTheirs }, "Hun versie overnemen"));
      }
      conflictSig = cSig;
      if (showConflict && gs.scrollToConflict) {
        gs.scrollToConflict = false;
        requestAnimationFrame(() => conflict.scrollIntoView({ block: "start" }));
      }
      const gone = form.werkpuntId && !latest && boardOf(ex);
      setText(stale, !pending && !form.conflict && latest && latest.version > form.baseVersion
        ? "Let op: iemand anders paste dit werkpunt net aan. Als je bewaart, zie je beide versies en kies je zelf."
        : gone ? "Dit werkpunt staat niet meer op jullie lijst. De begeleider heeft het misschien verborgen of samengevoegd." : "");
      updateMessage(form, pending);
    },
    updateTimer() {
      top.updateTimer();
    },
  };

  /** The problem under its field, and the line above "Bewaren". */
  function updateMessage(/** @type {WerkpuntForm} */ form, /** @type {boolean} */ pending) {
    const errorAt = form.message?.field ? root.querySelector(`[data-testid="${form.message.field}"]`) : null;
    if (errorAt && form.message) {
      const anchor = errorAt.nextElementSibling?.classList.contains("text-count") ? errorAt.nextElementSibling : errorAt;
      if (anchor.nextElementSibling !== fieldError) anchor.after(fieldError);
      setText(fieldError, form.message.text);
    } else fieldError.remove();
    const shown = form.message ?? (!pending ? null : app.isReady() ? { text: "Versturen…", kind: "hint" }
      : { text: "Geen verbinding. Je werkpunt staat veilig op dit toestel en vertrekt zodra de verbinding terug is.", kind: "hint" });
    setText(message, shown?.text ?? "");
    message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
    saveButton.disabled = pending;
    const label = pending ? "Bewaren…" : form.conflict ? "Opnieuw bewaren" : "Bewaren";
    if (saveButton.textContent !== label) saveButton.textContent = label;
    const cancelLabel = pending ? "Terug naar de lijst" : "Annuleren";
    if (cancelButton.textContent !== cancelLabel) cancelButton.textContent = cancelLabel;
  }
}
