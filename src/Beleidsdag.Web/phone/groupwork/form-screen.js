// The werkpunt form: the werkpunt, its oplossingen, who takes it up, the term and remarks; a conflict with
// someone else's newer version is shown next to what this participant typed, never silently overwritten.
// The chapter is a native <select> (one thumb, the phone's own picker); a role is typed or picked from a <datalist>.
// A new field: add it to werkpunt.js (content, payload, check, limit), then one `field(...)` in the template here.

import { cardBody } from "./cards.js";
import { cancelForm, editForm, openForm, saveForm, takeTheirs } from "./forms.js";
import { cls, fieldValue, html } from "./lit.js";
import { app, boardOf, exercise, findWerkpunt, myGroup } from "./shared.js";
import { head } from "./timer.js";
import { contentOf, LIMITS, OWNERS } from "./werkpunt.js";

/** @import { ExerciseView, WerkpuntDraft, WerkpuntForm, WerkpuntView } from "../types" */

const byId = (/** @type {string} */ id) => /** @type {HTMLInputElement | null} */ (document.getElementById(id));

/** What the fields hold now (the draft is made from them). */
function read() {
  /** @type {string[]} */
  const oplossingen = [];
  for (let i = 0, field = byId("wp-oplossing-0"); field; field = byId(`wp-oplossing-${++i}`)) oplossingen.push(field.value);
  return /** @type {WerkpuntDraft} */ ({
    text: byId("wp-text")?.value ?? "",
    oplossingen,
    owner: openForm()?.content.owner ?? "",
    ownerRole: byId("wp-role")?.value ?? "",
    term: byId("wp-term")?.value ?? "",
    comments: byId("wp-comments")?.value ?? "",
    chapter: byId("wp-chapter")?.value ?? "",
  });
}

const changed = () => editForm(() => ({ content: read() }));

function addOplossing() {
  const n = read().oplossingen.length;
  if (n >= LIMITS.oplossingen) return;
  editForm(() => ({ content: { ...read(), oplossingen: [...read().oplossingen, ""] } }));
  byId(`wp-oplossing-${n}`)?.focus();
}

function chooseOwner(/** @type {string} */ code) {
  const content = read();
  const owner = content.owner === code ? "" : code;
  editForm(() => ({ content: { ...content, owner } }));
  if (owner === "rol") byId("wp-role")?.focus();
}

export function formView() {
  const ex = /** @type {ExerciseView} */ (exercise());
  const form = /** @type {WerkpuntForm} */ (openForm());
  const c = contentOf(form.content);
  const pending = Boolean(form.pendingKey);
  const message = form.message;
  // The count under a field (always for the werkpunt itself, else near the limit), then the problem with it,
  // right under the field it is about: the page scrolls there, far from "Bewaren".
  const count = (/** @type {string} */ id, /** @type {string} */ value, /** @type {number} */ limit, always = false) => {
    const n = value.trim().length;
    const text = always || n >= limit * 0.8 ? `${n} / ${limit}` : "";
    return html`<p class=${cls("text-count", n >= limit - Math.min(50, limit / 5) && "is-near", n > limit && "is-over")}
      data-testid=${`${id}-count`} ?hidden=${!text}>${text}</p>${message?.field === id
      ? html`<p class="form-message form-message--error gw-field-error" data-testid="wp-field-error">${message.text}</p>` : null}`;
  };
  const invalid = (/** @type {string} */ id, /** @type {string} */ value, /** @type {number} */ limit) =>
    String(value.trim().length > limit || (message?.field === id && !value.trim() && (id === "wp-text" || id === "wp-role")));
  const field = (/** @type {string} */ label, /** @type {string} */ id, /** @type {unknown} */ control, /** @type {unknown} */ extra) =>
    html`<div class="gw-field"><label class="gw-field__label" for=${id}>${label}</label>${control}${extra}</div>`;
  const input = (/** @type {string} */ id, /** @type {string} */ value, /** @type {number} */ limit, /** @type {string} */ placeholder, list = "") =>
    html`<input class="text-input" id=${id} data-testid=${id} type="text" autocomplete="off" placeholder=${placeholder}
      list=${list} aria-describedby=${`${id}-hint`} aria-invalid=${invalid(id, value, limit)} ?disabled=${pending}
      .value=${fieldValue(value)} @input=${changed}>`;
  const hint = (/** @type {string} */ id, /** @type {string} */ text) => html`<p class="gw-field__hint" id=${`${id}-hint`} data-testid=${`${id}-hint`}>${text}</p>`;

  const latest = form.werkpuntId ? findWerkpunt(ex, form.werkpuntId) : null;
  // A draft kept from before chapters existed has none: it shows the werkpunt's own, or the group's.
  const chapter = c.chapter || latest?.chapter || myGroup(ex)?.chapter || "";
  const gone = form.werkpuntId && !latest && boardOf(ex);
  const stale = !pending && !form.conflict && latest && latest.version > form.baseVersion
    ? "Let op: iemand anders paste dit werkpunt net aan. Als je bewaart, zie je beide versies en kies je zelf."
    : gone ? "Dit werkpunt staat niet meer op jullie lijst. De begeleider heeft het misschien verborgen of samengevoegd." : "";
  const shown = message ?? (!pending ? null : app.isReady() ? { text: "Versturen…", kind: "hint" }
    : { text: "Geen verbinding. Je werkpunt staat veilig op dit toestel en vertrekt zodra de verbinding terug is.", kind: "hint" });

  return html`<div class="gw gw-form">
    ${head(ex)}
    <h1 class="heading">${form.werkpuntId ? "Werkpunt aanpassen" : "Nieuw werkpunt"}</h1>
    <p class="note gw-stale" data-testid="wp-stale" role="status" ?hidden=${!stale}>${stale}</p>
    ${conflictView(form.conflict && latest && !pending ? latest : null)}
    <div class="form">
      ${field("Werkpunt", "wp-text", html`<textarea class="text-input gw-text" id="wp-text" data-testid="wp-text" rows="3"
        placeholder="bv. De adviesvraag aan het MAT komt vaak te laat" aria-invalid=${invalid("wp-text", c.text, LIMITS.text)} ?disabled=${pending}
        .value=${fieldValue(c.text)} @input=${changed}></textarea>`, count("wp-text", c.text, LIMITS.text, true))}
      <fieldset class="gw-fieldset">
        <legend class="gw-field__label">Oplossingen voor de volgende legislatuur</legend>
        <div class="gw-oplossingen">${c.oplossingen.map((o, i) => html`<div class="gw-oplossing-row"><textarea class="text-input gw-oplossing"
          id=${`wp-oplossing-${i}`} data-testid=${`wp-oplossing-${i}`} rows="2" placeholder=${i === 0 ? "bv. Een vaste adviestermijn van twee weken" : `Oplossing ${i + 1}`}
          aria-label=${`Oplossing ${i + 1}`} aria-invalid=${invalid(`wp-oplossing-${i}`, o, LIMITS.oplossing)} ?disabled=${pending}
          .value=${fieldValue(o)} @input=${changed}></textarea>${count(`wp-oplossing-${i}`, o, LIMITS.oplossing)}</div>`)}</div>
        <button type="button" class="big big--quiet gw-add" data-testid="wp-add-oplossing" ?hidden=${c.oplossingen.length >= LIMITS.oplossingen}
          ?disabled=${pending} @click=${addOplossing}>+ Oplossing toevoegen</button>
      </fieldset>
      <fieldset class="gw-fieldset">
        <legend class="gw-field__label">Wie neemt het op?</legend>
        <div class="gw-owners">${OWNERS.map((o) => html`<button type="button" class=${cls("gw-owner", c.owner === o.code && "is-selected")}
          data-testid=${`wp-owner-${o.code}`} aria-pressed=${String(c.owner === o.code)} ?disabled=${pending} @click=${() => chooseOwner(o.code)}>${o.label}</button>`)}</div>
        <div class="gw-field" ?hidden=${c.owner !== "rol"}><label class="gw-field__label" for="wp-role">Welke rol?</label>${input("wp-role", c.ownerRole,
          LIMITS.role, "bv. algemeen directeur", "wp-roles")}<datalist id="wp-roles">${(ex.roles ?? []).map((r) => html`<option value=${r}></option>`)}</datalist>${hint("wp-role",
          "Kies uit de lijst of typ een dienst, bv. dienst financiën.")}${count("wp-role", c.ownerRole, LIMITS.role)}</div>
      </fieldset>
      ${field("Termijn", "wp-term", input("wp-term", c.term, LIMITS.term, "bv. Q1 2027"), html`${hint("wp-term",
        "Bv. Q1 2027, maart 2027, binnen 6 maanden, onmiddellijk.")}${count("wp-term", c.term, LIMITS.term)}`)}
      ${(ex.chapters ?? []).length ? field("Hoofdstuk van de afsprakennota", "wp-chapter", html`<select class="text-input gw-select" id="wp-chapter"
        data-testid="wp-chapter" ?disabled=${pending} @change=${changed}>${(ex.chapters ?? []).map((h) => html`<option value=${h.key}
        ?selected=${h.key === chapter}>${h.label}</option>`)}</select>`, null) : null}
      ${field("Opmerkingen (niet verplicht)", "wp-comments", html`<textarea class="text-input gw-comments" id="wp-comments" data-testid="wp-comments" rows="3"
        placeholder="Wat wil je nog kwijt?" aria-invalid=${invalid("wp-comments", c.comments, LIMITS.comments)} ?disabled=${pending}
        .value=${fieldValue(c.comments)} @input=${changed}></textarea>`, count("wp-comments", c.comments, LIMITS.comments))}
    </div>
    <div class="form-foot">
      <p class=${cls("form-message", `form-message--${shown?.kind ?? "hint"}`)} data-testid="wp-message" aria-live="polite" ?hidden=${!shown?.text}>${shown?.text ?? ""}</p>
      <button type="button" class="big big--primary submit" data-testid="wp-save" ?disabled=${pending} @click=${saveForm}>${pending ? "Bewaren…"
        : form.conflict ? "Opnieuw bewaren" : "Bewaren"}</button>
      <button type="button" class="big big--quiet" data-testid="wp-cancel" @click=${cancelForm}>${pending ? "Terug naar de lijst" : "Annuleren"}</button>
    </div>
  </div>`;
}

/** The newer version next to what this participant typed: never silently overwritten. */
function conflictView(/** @type {WerkpuntView | null} */ latest) {
  if (!latest) return html`<div class="gw-conflict" data-testid="wp-conflict" role="alert" hidden></div>`;
  return html`<div class="gw-conflict" data-testid="wp-conflict" role="alert">
    <p class="gw-conflict__title">Iemand anders paste dit werkpunt net aan:</p>
    <div class="gw-conflict__theirs" data-testid="wp-conflict-theirs">${cardBody(latest.content)}${latest.content.comments
      ? html`<span class="wp__meta">${`Opmerkingen: ${latest.content.comments}`}</span>` : null}</div>
    <p class="gw-conflict__hint">Jouw versie staat hieronder nog. Neem over wat je wil houden en tik opnieuw op Bewaren.</p>
    <button type="button" class="big big--quiet" data-testid="wp-take-theirs" @click=${takeTheirs}>Hun versie overnemen</button>
  </div>`;
}
