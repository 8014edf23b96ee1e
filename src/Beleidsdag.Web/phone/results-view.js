// A revealed question's results, drawn (results.js keeps them): a chunk of its own, fetched when a question
// closes or shows its results, since the first screen never needs it.

import { cls, html, nothing, plural } from "./page.js";

/** @import { PhoneResults, QuestionResult } from "./types" */

/** @typedef {"cbsVb" | "mat"} SplitSide */
/** @typedef {{ id: string, label: string, text: string, share: number }} Row */
/** @type {SplitSide[]} */
const SPLIT_SIDES = ["cbsVb", "mat"];
const SIDE_LABELS = { cbsVb: "CBS/VB", mat: "MAT" };
const MAX_SHOWN_WORDS = 15;
const MAX_CARDS = 10;

const oneDecimal = (/** @type {number} */ x) => x.toLocaleString("nl-BE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (/** @type {number} */ count, /** @type {number} */ total) => `${total ? Math.round((100 * count) / total) : 0}%`;
const clamp01 = (/** @type {number} */ x) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
/** @returns {Row} */
const noAnswers = (/** @type {any} */ item) => ({ id: item.optionId, label: item.label, text: "geen antwoorden", share: 0 });

// Per type: the rows of one result (an id, a label, and a figure with a bar length 0..1).
/** @type {Record<string, (r: QuestionResult) => Row[]>} */
const rowsOf = {
  choice: (r) => r.counts.map((/** @type {any} */ c) => ({ id: c.optionId, label: c.label,
    text: `${percent(c.count, r.respondents)} · ${c.count}`, share: r.respondents ? c.count / r.respondents : 0 })),
  scale: (r) => r.statements.map((/** @type {any} */ s) => ({ id: s.statementId, label: s.label,
    text: s.mean == null ? "geen antwoorden" : `gem. ${oneDecimal(s.mean)} op ${r.scale.max}`,
    share: s.mean == null ? 0 : clamp01((s.mean - r.scale.min) / (r.scale.max - r.scale.min)) })),
  // Nobody answered yet: the tally's averages of 0 are no result (and place 0 would fill the bar).
  ranking: (r) => r.items.map((/** @type {any} */ i) => !r.respondents ? noAnswers(i) : ({ id: i.optionId, label: i.label,
    text: `gem. plaats ${oneDecimal(i.averageRank)}`,
    share: r.items.length > 1 ? clamp01((r.items.length - i.averageRank) / (r.items.length - 1)) : 1 })),
  points: (r) => r.items.map((/** @type {any} */ i) => !r.respondents ? noAnswers(i) : ({ id: i.optionId, label: i.label,
    text: `gem. ${oneDecimal(i.average)} punten`, share: clamp01(i.average / 100) })),
};

function bar(/** @type {number} */ share, /** @type {string} */ text, /** @type {SplitSide | null} */ side) {
  return html`<div class=${cls("results__line", side && `results__line--${side}`)}>${side ? html`<span class="results__side">${SIDE_LABELS[side]}</span>` : nothing}<span
    class="results__track" aria-hidden="true"><span class="results__fill" style=${`width:${(100 * clamp01(share)).toFixed(1)}%`}></span></span><span
    class="results__figure" data-testid="result-figure">${text}</span></div>`;
}

function rowsView(/** @type {PhoneResults} */ results) {
  const overall = rowsOf[results.overall.kind](results.overall);
  const split = results.split;
  const sideRows = split && {
    cbsVb: split.cbsVb ? rowsOf[split.cbsVb.kind](split.cbsVb) : [],
    mat: split.mat ? rowsOf[split.mat.kind](split.mat) : [],
  };
  return html`<ul class="results__rows">${overall.map((row) => html`<li class="results__row" data-testid="result-row"><span
    class="results__label">${row.label}</span>${sideRows
      ? html`<div class="results__sides">${SPLIT_SIDES.map((side) => {
        const mine = sideRows[side].find((r) => r.id === row.id);
        return bar(mine?.share ?? 0, mine?.text ?? "–", side);
      })}</div>`
      : bar(row.share, row.text, null)}</li>`)}</ul>`;
}

function listView(/** @type {QuestionResult} */ result) {
  if (result.kind === "wordCloud") {
    const words = result.words.slice(0, MAX_SHOWN_WORDS);
    return words.length === 0 ? html`<p class="hint">Nog geen woorden.</p>`
      : html`<ul class="results__words">${words.map((/** @type {any} */ w) => html`<li class="results__word" data-testid="result-word">${w.display}<span
        class="results__count">${` ${w.count}`}</span></li>`)}</ul>`;
  }
  const cards = result.cards.slice(-MAX_CARDS);
  return cards.length === 0 ? html`<p class="hint">Nog geen goedgekeurde antwoorden.</p>`
    : html`<ul class="results__cards">${cards.map((/** @type {any} */ c) => html`<li class="results__card" data-testid="result-card">${c.text}${c.count > 1
      ? html`<span class="results__count">${` ×${c.count}`}</span>` : nothing}</li>`)}</ul>`;
}

function listsView(/** @type {PhoneResults} */ results) {
  const split = results.split;
  if (!split) return listView(results.overall);
  return SPLIT_SIDES.map((side) => html`<div class="results__part"><h3 class="results__part-heading">${`${SIDE_LABELS[side]} (${side === "cbsVb" ? split.cbsVbRespondents : split.matRespondents})`}</h3>${
    split[side] ? listView(/** @type {QuestionResult} */ (split[side])) : html`<p class="hint">Nog geen antwoorden van deze kant.</p>`}</div>`);
}

export function content(/** @type {PhoneResults} */ results) {
  const overall = results.overall;
  const split = results.split;
  const count = split
    ? `CBS/VB ${split.cbsVbRespondents} · MAT ${split.matRespondents}`
    : plural(overall.respondents, "antwoord", "antwoorden");
  return html`<h2 class="results__heading">Resultaten <span class="results__n" data-testid="result-count">${count}</span></h2>
    ${rowsOf[overall.kind] ? rowsView(results) : listsView(results)}
    ${overall.type === "multipleChoice" ? html`<p class="hint">Meerdere antwoorden mogelijk: de percentages tellen niet op tot 100%.</p>` : nothing}
    ${results.splitNotice ? html`<p class="hint" data-testid="split-notice">${results.splitNotice}</p>` : nothing}
    ${results.uncountedNotice ? html`<p class="hint" data-testid="uncounted-notice">${results.uncountedNotice}</p>` : nothing}`;
}
