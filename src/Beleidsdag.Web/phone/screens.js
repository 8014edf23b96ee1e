// The views around the questions: the code, connecting, the side, the lobby and "kijk naar het scherm".

import { connect } from "./connection.js";
import { $, h } from "./dom.js";
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

const codeInput = () => /** @type {HTMLInputElement} */ ($("code-input"));
const joinButton = () => /** @type {HTMLButtonElement} */ ($("join-button"));

export function codeView() {
  return [
    h("h1", { class: "heading" }, "Doe mee"),
    h("form", { class: "code-form", novalidate: true, onsubmit: (/** @type {Event} */ e) => { e.preventDefault(); submitCode(codeInput().value); } },
      h("label", { for: "code-input", class: "code-label" }, "Typ de code die op het scherm staat"),
      h("input", { id: "code-input", class: "code-input", "data-testid": "code-input", type: "text",
        inputmode: "text", autocomplete: "off", autocapitalize: "characters", autocorrect: "off",
        spellcheck: "false", maxlength: "20", enterkeyhint: "go", "aria-describedby": "error" }),
      h("button", { id: "join-button", class: "big big--primary", type: "submit", "data-testid": "join-button" }, "Deelnemen")),
  ];
}

export function updateCodeView() {
  const input = codeInput();
  if (!input.value && state.typedCode) input.value = state.typedCode;
  input.setAttribute("aria-invalid", state.error ? "true" : "false");
  const busy = Boolean(state.code); // a code is being tried
  joinButton().disabled = busy;
  joinButton().textContent = busy ? "Even geduld…" : "Deelnemen";
}

export const connectingView = () => [h("p", { class: "lead" }, "Verbinden met de zaal…"),
  state.joinWait && h("p", { class: "hint", "data-testid": "join-wait" }, state.joinWait)];

// The server writes its anonymity minimum into the page (docs/rules.md, MinimumPerSide); 3 is the default.
function minimumPerSide() {
  const minimum = Number.parseInt(document.body.dataset.minimumPerSide ?? "", 10);
  return Number.isInteger(minimum) && minimum > 0 ? minimum : 3;
}

export function sideView() {
  const current = effectiveSide();
  return [
    h("h1", { class: "heading" }, "Van welke kant ben je?"),
    h("p", { class: "hint" }, current
      // docs/rules.md: a side the room has seen figures of stays where it was counted.
      ? "Je antwoorden op vragen waarvan de resultaten al getoond zijn, blijven bij de kant waarmee je ze gaf."
      : "Zo zien we hoe CBS/VB en MAT elk antwoorden."),
    h("p", { class: "hint", "data-testid": "anonymity" },
      `Je antwoorden zijn anoniem: een kant wordt pas apart getoond als minstens ${minimumPerSide()} mensen van die kant antwoordden.`),
    h("div", { class: "choices" },
      SIDES.map((s) => h("button", { type: "button", class: `big side${s.code === current ? " is-selected" : ""}`,
        "data-testid": `side-${s.code}`, "aria-pressed": String(s.code === current), onclick: () => chooseSide(s.code) },
        h("span", { class: "side__label" }, s.label), h("span", { class: "side__description" }, s.description))),
      current && h("button", { type: "button", class: "big big--quiet",
        onclick: () => { state.pickingSide = false; render(); } }, "Annuleren")),
  ];
}

export function lobbyView() {
  return [
    h("p", { class: "eyebrow" }, state.room?.workshopTitle),
    h("h1", { class: "heading" }, "Je bent binnen."),
    h("p", { class: "lead" }, "Wacht op de eerste vraag."),
  ];
}

// An info slide (kind "info") names its title, so the phone shows which slide the room is on; any kind this
// page does not know yet lands here too, calmly.
export function otherView() {
  const current = state.room?.current;
  return [
    current?.kind === "info" && current.title ? h("p", { class: "eyebrow", "data-testid": "info-title" }, current.title) : null,
    h("h1", { class: "heading" }, "Kijk naar het scherm"),
    h("p", { class: "lead" }, current?.kind === "info" ? "De begeleider licht iets toe." : "Hier hoef je nu niets te doen."),
  ];
}
