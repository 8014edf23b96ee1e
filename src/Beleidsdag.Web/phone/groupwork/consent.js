// The consent round: per werkpunt akkoord, bedenking or bezwaar; a tap sends.

import { shorten } from "../answers.js";
import { cls, html } from "./lit.js";
import { voteCard, voteGroups } from "./cards.js";
import { closedNote, votingClosed } from "./dots.js";
import { app, current, gs, kind, lastPending, send, voteOf } from "./shared.js";

/** @import { ActivityView, VoteView, WerkpuntView } from "../types" */

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

export function consentView() {
  const now = /** @type {ActivityView} */ (current());
  const vote = /** @type {VoteView} */ (voteOf());
  const revealed = votingClosed(now);
  const given = new Map(vote.werkpunten.map((w) => [w.id, consentOf(now.activityId, w.id)]));
  const answered = [...given.values()].filter(Boolean).length;
  const total = vote.werkpunten.length;
  const note = closedNote(now);
  const row = (/** @type {WerkpuntView} */ w) => {
    const mine = given.get(w.id);
    const status = !mine ? "" : mine.confirmed ? "✓ Ontvangen" : "Versturen…";
    return html`<div class="vote" data-testid=${`vote-${w.id}`}>${voteCard(w, html`<div class="consent__choices" role="group"
      aria-label=${`Jouw keuze voor: ${shorten(w.content.text, 60)}`}>${CHOICES.map((choice) => html`<button type="button"
      class=${cls(`consent__choice consent__choice--${choice.code}`, mine?.choice === choice.code && "is-selected")}
      data-testid=${`consent-${w.id}-${choice.code}`} aria-pressed=${String(mine?.choice === choice.code)} ?disabled=${revealed}
      @click=${() => giveConsent(w.id, choice.code)}>${choice.label}</button>`)}</div>
      <p class=${cls("consent__status", mine?.confirmed && "is-done")} data-testid=${`consent-status-${w.id}`} ?hidden=${!status}>${status}</p>`)}</div>`;
  };
  return html`<div class="gw">
    <h1 class="heading">${now.title || "Consentronde"}</h1>
    <p class="hint">Geef per werkpunt aan of je het mee draagt. Akkoord: je staat erachter. Bedenking: je kan ermee leven, maar hebt een opmerking. Bezwaar: je kan er niet mee leven.</p>
    <p class="note" data-testid="vote-note" role="status" ?hidden=${!note}>${note}</p>
    <p class=${cls("points-left", total > 0 && answered === total && "is-done")} data-testid="consent-count" aria-live="polite"
      ?hidden=${revealed || !total}>${total ? `${answered} van ${total} werkpunten beoordeeld${answered === total ? " ✓" : ""}` : ""}</p>
    ${total ? null : html`<p class="lead">Er zijn nog geen werkpunten.</p>`}
    ${voteGroups(vote.werkpunten, row)}
  </div>`;
}
