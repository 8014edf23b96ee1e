// The views around the questions: the code, connecting, the side, the lobby and "kijk naar het scherm".

import { connect } from "./connection.js";
import { cls, fieldValue, html, nothing } from "./lit.js";
import { chooseSide, effectiveSide } from "./outbox.js";
import { SIDES, state } from "./state.js";
import { openStore } from "./store.js";
import { render } from "./view.js";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;

export const cleanCode = (/** @type {unknown} */ typed) => String(typed ?? "").replace(/[\s-]/g, "").toUpperCase();

export function codeProblem(/** @type {string} */ code) {
  if (!code) return "Typ eerst de code die op het scherm staat.";
  if (code.length !== CODE_LENGTH) return `De code heeft ${CODE_LENGTH} tekens. Jij typte er ${code.length}.`;
  if ([...code].some((c) => !ALPHABET.includes(c))) {
    return "Die code klopt niet. Er staat nooit een 0, 1, I, L of O in: kijk nog eens naar het scherm.";
  }
  return null;
}

function submitCode(/** @type {string} */ typed) {
  state.typedCode = typed;
  const code = cleanCode(typed);
  state.error = codeProblem(code);
  if (!state.error) {
    state.code = code;
    openStore(code);
    connect();
  }
  render();
}

const typed = (/** @type {Event} */ e) => { state.typedCode = /** @type {HTMLInputElement} */ (e.currentTarget).value; };

export function codeView() {
  const busy = Boolean(state.code); // a code is being tried
  const submit = (/** @type {Event} */ e) => {
    e.preventDefault();
    submitCode(/** @type {HTMLInputElement} */ (/** @type {HTMLFormElement} */ (e.currentTarget).elements.namedItem("code")).value);
  };
  return html`
    <h1 class="heading">Doe mee</h1>
    <form class="code-form" novalidate @submit=${submit}>
      <label for="code-input" class="code-label">Typ de code die op het scherm staat</label>
      <input id="code-input" name="code" class="code-input" data-testid="code-input" type="text" inputmode="text" autocomplete="off"
        autocapitalize="characters" autocorrect="off" spellcheck="false" maxlength="20" enterkeyhint="go" aria-describedby="error"
        aria-invalid=${state.error ? "true" : "false"} .value=${fieldValue(state.typedCode)} @input=${typed}>
      <button id="join-button" class="big big--primary" type="submit" data-testid="join-button" ?disabled=${busy}>${busy ? "Even geduld…" : "Deelnemen"}</button>
    </form>`;
}

export const connectingView = () => html`<p class="lead">Verbinden met de zaal…</p>${state.joinWait
  ? html`<p class="hint" data-testid="join-wait">${state.joinWait}</p>` : nothing}`;

export const loadingView = () => html`<p class="lead">Even laden…</p>`;

// The server writes its anonymity minimum into the page (docs/rules.md, MinimumPerSide); 3 is the default.
function minimumPerSide() {
  const minimum = Number.parseInt(document.body.dataset.minimumPerSide ?? "", 10);
  return Number.isInteger(minimum) && minimum > 0 ? minimum : 3;
}

export function sideView() {
  const current = effectiveSide();
  return html`
    <h1 class="heading">Van welke kant ben je?</h1>
    <p class="hint">${current
      // docs/rules.md: a side the room has seen figures of stays where it was counted.
      ? "Je antwoorden op vragen waarvan de resultaten al getoond zijn, blijven bij de kant waarmee je ze gaf."
      : "Zo zien we hoe CBS/VB en MAT elk antwoorden."}</p>
    <p class="hint" data-testid="anonymity">${`Je antwoorden zijn anoniem: een kant wordt pas apart getoond als minstens ${minimumPerSide()} mensen van die kant antwoordden.`}</p>
    <div class="choices">${SIDES.map((s) => html`
      <button type="button" class=${cls("big side", s.code === current && "is-selected")} data-testid=${`side-${s.code}`}
        aria-pressed=${String(s.code === current)} @click=${() => chooseSide(s.code)}><span class="side__label">${s.label}</span><span
        class="side__description">${s.description}</span></button>`)}${current ? html`
      <button type="button" class="big big--quiet" @click=${() => { state.pickingSide = false; render(); }}>Annuleren</button>` : nothing}</div>`;
}

export const lobbyView = () => html`
  <p class="eyebrow">${state.room?.workshopTitle}</p>
  <h1 class="heading">Je bent binnen.</h1>
  <p class="lead">Wacht op de eerste vraag.</p>`;

// An info slide (kind "info") names its title, so the phone shows which slide the room is on; any kind this
// page does not know yet lands here too, calmly.
export function otherView() {
  const current = state.room?.current;
  return html`${current?.kind === "info" && current.title ? html`<p class="eyebrow" data-testid="info-title">${current.title}</p>` : nothing}
    <h1 class="heading">Kijk naar het scherm</h1>
    <p class="lead">${current?.kind === "info" ? "De begeleider licht iets toe." : "Hier hoef je nu niets te doen."}</p>`;
}
