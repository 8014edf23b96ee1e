// The prioritisation: spread your dots over the werkpunten of all groups, then "Versturen". Like an answer,
// the dots are a draft until sent, and what was sent counts only once acknowledged.

import { plural, shorten } from "../answers.js";
import { cls, html } from "./lit.js";
import { voteCard, voteGroups } from "./cards.js";
import { app, current, gs, lastPending, MAX_KEPT, keepNewest, say, send, store, voteOf } from "./shared.js";

/** @import { ActivityView, Ack, OutboxItem, VoteView, WerkpuntView } from "../types" */
/** @typedef {Record<string, number>} Dots */

const known = (/** @type {VoteView} */ vote) => new Set(vote.werkpunten.map((w) => w.id));

/** @returns {Dots} */
function cleanDots(/** @type {unknown} */ dots, /** @type {VoteView} */ vote) {
  const ids = known(vote);
  /** @type {Dots} */
  const out = {};
  for (const [id, n] of Object.entries(dots ?? {})) {
    const v = Math.trunc(Number(n));
    if (ids.has(id) && v > 0) out[id] = v;
  }
  return out;
}

export const sumOf = (/** @type {Dots} */ dots) => Object.values(dots).reduce((a, b) => a + b, 0);
const sameDots = (/** @type {Dots} */ a, /** @type {Dots} */ b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * What was sent: the newest spendDots still in the outbox, else what the server holds (mine.dots).
 * @returns {{ dots: Dots, confirmed: boolean } | null}
 */
function sentDots(/** @type {string} */ activityId, /** @type {VoteView} */ vote) {
  const pending = lastPending("spendDots", (a) => a.activityId === activityId);
  if (pending) return { dots: cleanDots(pending.args.dots, vote), confirmed: false };
  const held = cleanDots(gs.mine?.dots, vote);
  return Object.keys(held).length ? { dots: held, confirmed: true } : null;
}

export function workingDots(/** @type {string} */ activityId, /** @type {VoteView} */ vote) {
  const draft = app.store()?.dotDrafts?.[activityId];
  if (draft) return cleanDots(draft, vote);
  return sentDots(activityId, vote)?.dots ?? {};
}

function setDots(/** @type {string} */ activityId, /** @type {Dots} */ dots) {
  app.updateStore((s) => keepNewest((s.dotDrafts ??= {}), activityId, dots, MAX_KEPT));
}

// Revealing the results closes the round (docs/rules.md), and the facilitator may close it before that.
export const votingClosed = (/** @type {ActivityView} */ c) => Boolean(c.revealed) || c.phase === "closed";
export const closedNote = (/** @type {ActivityView} */ c) => !votingClosed(c) ? "" : c.revealed ? "De stemming is gesloten. De resultaten staan op het scherm." : "De stemming is gesloten.";

function stepDots(/** @type {string} */ id, /** @type {number} */ delta) {
  const c = current();
  const vote = voteOf();
  if (!c || !vote || votingClosed(c)) return;
  const dots = workingDots(c.activityId, vote);
  const left = vote.dots - sumOf(dots);
  if (delta > 0 && left <= 0) {
    app.state.error = null;
    say(`Je hebt al je ${plural(vote.dots, "stip", "stippen")} gezet. Neem eerst een stip weg bij een ander werkpunt.`, "error");
    app.render();
    return;
  }
  const next = { ...dots, [id]: Math.max(0, (dots[id] ?? 0) + delta) };
  if (!next[id]) delete next[id];
  gs.notice = null;
  setDots(c.activityId, next);
  app.render();
}

function submitDots() {
  const c = current();
  const vote = voteOf();
  if (!c || !vote || votingClosed(c)) return;
  const dots = workingDots(c.activityId, vote);
  if (sumOf(dots) > vote.dots) return;
  gs.notice = null;
  app.state.error = null;
  send("spendDots", { activityId: c.activityId, dots, key: app.newKey(), seq: store().seq + 1 });
  app.render();
}

/** The Ack of a spendDots: a draft that says the same is no longer needed. */
export function settleDots(/** @type {OutboxItem} */ item, /** @type {Ack} */ ack) {
  if (!ack.ok) { app.state.error = ack.message || "Dat is niet gelukt."; return; }
  if (ack.superseded) { app.refresh(); return; }
  const vote = voteOf();
  const draft = app.store()?.dotDrafts?.[item.args.activityId];
  if (draft && (!vote || sameDots(cleanDots(draft, vote), cleanDots(item.args.dots, vote)))) {
    app.updateStore((s) => { if (s.dotDrafts) delete s.dotDrafts[item.args.activityId]; });
  }
}

/** The line under the screen (the page's #confirmation), like an answer's. */
export function dotsFeedback() {
  const c = current();
  const vote = voteOf();
  if (!c || c.kind !== "prioritisation" || !vote) return null;
  const sent = sentDots(c.activityId, vote);
  if (!sent) return null;
  if (!sent.confirmed) return "Versturen…";
  if (!sameDots(sent.dots, workingDots(c.activityId, vote))) return "Je vorige stippen zijn ontvangen. Tik op Versturen om je wijziging door te geven.";
  return votingClosed(c) ? "✓ Je stippen zijn ontvangen." : "✓ Ontvangen. Je kan je stippen nog verschuiven tot de resultaten op het scherm staan.";
}

export function dotsView() {
  const now = /** @type {ActivityView} */ (current());
  const vote = /** @type {VoteView} */ (voteOf());
  const revealed = votingClosed(now);
  const dots = workingDots(now.activityId, vote);
  const spent = sumOf(dots);
  const free = vote.dots - spent;
  const sent = sentDots(now.activityId, vote);
  const unchanged = sent ? sameDots(sent.dots, dots) : spent === 0;
  const shown = revealed ? null : gs.notice ?? (spent === 0 && !sent ? { text: "Zet minstens één stip.", kind: "hint" }
    : !unchanged && free > 0 ? { text: `Je hebt nog ${plural(free, "stip", "stippen")} over. Je kan ook zo versturen.`, kind: "hint" } : null);
  const note = closedNote(now);
  const none = vote.werkpunten.length === 0;
  const row = (/** @type {WerkpuntView} */ w) => {
    const n = dots[w.id] ?? 0;
    const what = shorten(w.content.text, 60);
    return html`<div class=${cls("vote", n > 0 && "has-points")} data-testid=${`vote-${w.id}`}>${voteCard(w, html`<div class="dots__controls">
      <button type="button" class="points__step" data-testid=${`dot-minus-${w.id}`} aria-label=${`${what}: een stip minder`}
        ?disabled=${revealed || n <= 0} @click=${() => stepDots(w.id, -1)}>−</button>
      <span class="dots__count" data-testid=${`dots-${w.id}`} aria-label=${plural(n, "stip", "stippen")}><span class="dots__pips"
        aria-hidden="true">${n ? "●".repeat(Math.min(n, 10)) : "○"}</span><span class="dots__number">${String(n)}</span></span>
      <button type="button" class=${cls("points__step", free <= 0 && "is-spent")} data-testid=${`dot-plus-${w.id}`} aria-label=${`${what}: een stip meer`}
        ?disabled=${revealed} @click=${() => stepDots(w.id, 1)}>+</button></div>`)}</div>`;
  };
  return html`<div class="gw">
    <h1 class="heading">${now.title || "Prioriteren"}</h1>
    <p class="hint">${`Je hebt ${plural(vote.dots, "stip", "stippen")}. Zet ze bij de werkpunten die voor jou het belangrijkst zijn. Je mag meer stippen op hetzelfde werkpunt zetten.`}</p>
    <p class="note" data-testid="vote-note" role="status" ?hidden=${!note}>${note}</p>
    <p class=${cls("points-left", free === 0 && "is-done")} data-testid="dots-left" aria-live="polite" ?hidden=${revealed || none}>${free === 0
      ? `Alle ${plural(vote.dots, "stip", "stippen")} gezet ✓` : `Nog ${plural(free, "stip", "stippen")}`}</p>
    ${none ? html`<p class="lead">Er zijn nog geen werkpunten om te prioriteren.</p>` : null}
    ${voteGroups(vote.werkpunten, row)}
    <div class="form-foot">
      <p class=${cls("form-message", `form-message--${shown?.kind ?? "hint"}`)} data-testid="form-message" aria-live="polite" ?hidden=${!shown?.text}>${shown?.text ?? ""}</p>
      <button type="button" class="big big--primary submit" data-testid="submit" ?disabled=${revealed || unchanged || spent > vote.dots} ?hidden=${none}
        @click=${submitDots}>${sent && unchanged ? (sent.confirmed ? "✓ Verstuurd" : "Versturen…") : "Versturen"}</button>
    </div>
  </div>`;
}
