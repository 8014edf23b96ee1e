// The prioritisation: spread your dots over the werkpunten of all groups, then "Versturen". Like an answer,
// the dots are a draft until sent, and what was sent counts only once acknowledged.

import { plural, shorten } from "../answers.js";
import { h, setText } from "../dom.js";
import { voteCard, voteGroups } from "./cards.js";
import { app, current, gs, lastPending, MAX_KEPT, keepNewest, say, send, store, voteOf } from "./shared.js";

/** @import { ActivityView, Ack, OutboxItem, VoteView } from "../types" */
/** @import { Screen } from "./shared.js" */
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

/** @returns {Omit<Screen, "signature">} */
export function dotsScreen() {
  const c = /** @type {ActivityView} */ (current());
  const vote = /** @type {VoteView} */ (voteOf());
  const left = h("p", { class: "points-left", "data-testid": "dots-left", "aria-live": "polite" });
  const note = h("p", { class: "note", "data-testid": "vote-note", role: "status" });
  const message = h("p", { class: "form-message", "data-testid": "form-message", "aria-live": "polite" });
  const submit = h("button", { type: "button", class: "big big--primary submit", "data-testid": "submit", onclick: submitDots }, "Versturen");
  const rows = vote.werkpunten.map((w) => {
    const count = h("span", { class: "dots__count", "data-testid": `dots-${w.id}` });
    const minus = h("button", { type: "button", class: "points__step", "data-testid": `dot-minus-${w.id}`,
      "aria-label": `${shorten(w.content.text, 60)}: een stip minder`, onclick: () => stepDots(w.id, -1) }, "−");
    const plus = h("button", { type: "button", class: "points__step", "data-testid": `dot-plus-${w.id}`,
      "aria-label": `${shorten(w.content.text, 60)}: een stip meer`, onclick: () => stepDots(w.id, 1) }, "+");
    const el = h("div", { class: "vote", "data-testid": `vote-${w.id}` },
      voteCard(w, h("div", { class: "dots__controls" }, minus, count, plus)));
    return { id: w.id, el, count, minus, plus };
  });
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  return {
    root: h("div", { class: "gw" },
      h("h1", { class: "heading" }, c.title || "Prioriteren"),
      h("p", { class: "hint" }, `Je hebt ${plural(vote.dots, "stip", "stippen")}. Zet ze bij de werkpunten die voor jou het belangrijkst zijn. Je mag meer stippen op hetzelfde werkpunt zetten.`),
      note,
      left,
      vote.werkpunten.length ? null : h("p", { class: "lead" }, "Er zijn nog geen werkpunten om te prioriteren."),
      voteGroups(vote.werkpunten, rowOf),
      h("div", { class: "form-foot" }, message, submit)),
    update() {
      const now = /** @type {ActivityView} */ (current());
      const revealed = votingClosed(now);
      const dots = workingDots(now.activityId, vote);
      const spent = sumOf(dots);
      const free = vote.dots - spent;
      for (const r of rows) {
        const n = dots[r.id] ?? 0;
        r.count.replaceChildren(h("span", { class: "dots__pips", "aria-hidden": "true" }, n ? "●".repeat(Math.min(n, 10)) : "○"),
          h("span", { class: "dots__number" }, String(n)));
        r.count.setAttribute("aria-label", plural(n, "stip", "stippen"));
        r.minus.disabled = revealed || n <= 0;
        r.plus.disabled = revealed;
        r.plus.classList.toggle("is-spent", free <= 0);
        r.el.classList.toggle("has-points", n > 0);
      }
      setText(left, free === 0 ? `Alle ${plural(vote.dots, "stip", "stippen")} gezet ✓` : `Nog ${plural(free, "stip", "stippen")}`);
      left.hidden = revealed || vote.werkpunten.length === 0;
      left.classList.toggle("is-done", free === 0);
      setText(note, closedNote(now));
      const sent = sentDots(now.activityId, vote);
      const unchanged = sent ? sameDots(sent.dots, dots) : spent === 0;
      const shown = revealed ? null : gs.notice ?? (spent === 0 && !sent ? { text: "Zet minstens één stip.", kind: "hint" }
        : !unchanged && free > 0 ? { text: `Je hebt nog ${plural(free, "stip", "stippen")} over. Je kan ook zo versturen.`, kind: "hint" } : null);
      setText(message, shown?.text ?? "");
      message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
      submit.disabled = revealed || unchanged || spent > vote.dots;
      const label = sent && unchanged ? (sent.confirmed ? "✓ Verstuurd" : "Versturen…") : "Versturen";
      if (submit.textContent !== label) submit.textContent = label;
      submit.hidden = vote.werkpunten.length === 0;
    },
  };
}
