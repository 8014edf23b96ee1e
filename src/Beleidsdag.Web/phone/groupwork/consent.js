// The consent round: per werkpunt akkoord, bedenking or bezwaar; a tap sends.

import { shorten } from "../answers.js";
import { h, setText } from "../dom.js";
import { voteCard, voteGroups } from "./cards.js";
import { closedNote, votingClosed } from "./dots.js";
import { app, current, gs, kind, lastPending, send, voteOf } from "./shared.js";

/** @import { ActivityView, VoteView } from "../types" */
/** @import { Screen } from "./shared.js" */

const CHOICES = [
  { code: "akkoord", label: "Akkoord" },
  { code: "bedenking", label: "Bedenking" },
  { code: "bezwaar", label: "Bezwaar" },
];

/**
 * What this phone chose for the werkpunt: still being sent, or held by the server.
 * @returns {{ choice: string, confirmed: boolean } | null}
 */
export function consentOf(/** @type {string} */ activityId, /** @type {string} */ werkpuntId) {
  const pending = lastPending("giveConsent", (a) => a.activityId === activityId && a.werkpuntId === werkpuntId);
  if (pending) return { choice: pending.args.choice, confirmed: false };
  const held = gs.mine?.consent?.[werkpuntId];
  return held ? { choice: held, confirmed: true } : null;
}

function giveConsent(/** @type {string} */ werkpuntId, /** @type {string} */ choice) {
  const c = current();
  if (!c || kind() !== "consentRound" || votingClosed(c)) return;
  if (consentOf(c.activityId, werkpuntId)?.choice === choice) return;
  app.state.error = null;
  send("giveConsent", { activityId: c.activityId, werkpuntId, choice, key: app.newKey() });
  app.render();
}

/** @returns {Omit<Screen, "signature">} */
export function consentScreen() {
  const c = /** @type {ActivityView} */ (current());
  const vote = /** @type {VoteView} */ (voteOf());
  const note = h("p", { class: "note", "data-testid": "vote-note", role: "status" });
  const counter = h("p", { class: "points-left", "data-testid": "consent-count", "aria-live": "polite" });
  const rows = vote.werkpunten.map((w) => {
    const buttons = CHOICES.map((choice) => h("button", { type: "button", class: `consent__choice consent__choice--${choice.code}`,
      "data-testid": `consent-${w.id}-${choice.code}`, onclick: () => giveConsent(w.id, choice.code) }, choice.label));
    const status = h("p", { class: "consent__status", "data-testid": `consent-status-${w.id}` });
    const el = h("div", { class: "vote", "data-testid": `vote-${w.id}` },
      voteCard(w, h("div", { class: "consent__choices", role: "group", "aria-label": `Jouw keuze voor: ${shorten(w.content.text, 60)}` }, buttons), status));
    return { id: w.id, el, buttons, status };
  });
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  return {
    root: h("div", { class: "gw" },
      h("h1", { class: "heading" }, c.title || "Consentronde"),
      h("p", { class: "hint" }, "Geef per werkpunt aan of je het mee draagt. Akkoord: je staat erachter. Bedenking: je kan ermee leven, maar hebt een opmerking. Bezwaar: je kan er niet mee leven."),
      note,
      counter,
      vote.werkpunten.length ? null : h("p", { class: "lead" }, "Er zijn nog geen werkpunten."),
      voteGroups(vote.werkpunten, rowOf)),
    update() {
      const now = /** @type {ActivityView} */ (current());
      const revealed = votingClosed(now);
      let answered = 0;
      for (const r of rows) {
        const given = consentOf(now.activityId, r.id);
        if (given) answered++;
        CHOICES.forEach((choice, i) => {
          const on = given?.choice === choice.code;
          r.buttons[i].classList.toggle("is-selected", on);
          r.buttons[i].setAttribute("aria-pressed", String(on));
          r.buttons[i].disabled = revealed;
        });
        setText(r.status, !given ? "" : given.confirmed ? "✓ Ontvangen" : "Versturen…");
        r.status.classList.toggle("is-done", Boolean(given?.confirmed));
      }
      const total = vote.werkpunten.length;
      setText(counter, total ? `${answered} van ${total} werkpunten beoordeeld${answered === total ? " ✓" : ""}` : "");
      counter.classList.toggle("is-done", total > 0 && answered === total);
      counter.hidden = revealed || !total;
      setText(note, closedNote(now));
    },
  };
}
