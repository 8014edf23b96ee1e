// A revealed question's results on the phone (docs/protocol.md: `resultsChanged`, and `results` in the
// join/getState snapshot). The server sends only what the screen shows: the per-side figures only when
// the facilitator split the result and no side is under the anonymity minimum. app.js keeps the rest.

const SIDE_LABELS = { cbsVb: "CBS/VB", mat: "MAT" };
const MAX_WORDS = 15;
const MAX_CARDS = 10;

const oneDecimal = (x) => x.toLocaleString("nl-BE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (count, total) => `${total ? Math.round((100 * count) / total) : 0}%`;
const clamp01 = (x) => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
const noAnswers = (item) => ({ id: item.optionId, label: item.label, text: "geen antwoorden", share: 0 });

export function createResults({ h, plural }) {
  let latest = null;   // the newest PhoneResults, or null
  let drawn = null;    // the JSON of what the area shows now: redraw only on a change
  const area = h("section", { class: "results", "data-testid": "phone-results", "aria-label": "Resultaten", hidden: true });

  // Per type: the rows of one result (an id, a label, and a figure with a bar length 0..1).
  const rowsOf = {
    choice: (r) => r.counts.map((c) => ({ id: c.optionId, label: c.label,
      text: `${percent(c.count, r.respondents)} · ${c.count}`, share: r.respondents ? c.count / r.respondents : 0 })),
    scale: (r) => r.statements.map((s) => ({ id: s.statementId, label: s.label,
      text: s.mean == null ? "geen antwoorden" : `gem. ${oneDecimal(s.mean)} op ${r.scale.max}`,
      share: s.mean == null ? 0 : clamp01((s.mean - r.scale.min) / (r.scale.max - r.scale.min)) })),
    // Nobody answered yet: the tally's averages of 0 are no result (and place 0 would fill the bar).
    ranking: (r) => r.items.map((i) => !r.respondents ? noAnswers(i) : ({ id: i.optionId, label: i.label,
      text: `gem. plaats ${oneDecimal(i.averageRank)}`,
      share: r.items.length > 1 ? clamp01((r.items.length - i.averageRank) / (r.items.length - 1)) : 1 })),
    points: (r) => r.items.map((i) => !r.respondents ? noAnswers(i) : ({ id: i.optionId, label: i.label,
      text: `gem. ${oneDecimal(i.average)} punten`, share: clamp01(i.average / 100) })),
  };

  function bar(share, text, side) {
    return h("div", { class: `results__line${side ? ` results__line--${side}` : ""}` },
      side && h("span", { class: "results__side" }, SIDE_LABELS[side]),
      h("span", { class: "results__track", "aria-hidden": "true" },
        h("span", { class: "results__fill", style: `width:${(100 * clamp01(share)).toFixed(1)}%` })),
      h("span", { class: "results__figure", "data-testid": "result-figure" }, text));
  }

  function rowsView(results) {
    const overall = rowsOf[results.overall.kind](results.overall);
    const split = results.split;
    const sideRows = split && {
      cbsVb: split.cbsVb ? rowsOf[split.cbsVb.kind](split.cbsVb) : [],
      mat: split.mat ? rowsOf[split.mat.kind](split.mat) : [],
    };
    return h("ul", { class: "results__rows" }, overall.map((row) =>
      h("li", { class: "results__row", "data-testid": "result-row" },
        h("span", { class: "results__label" }, row.label),
        sideRows
          ? h("div", { class: "results__sides" }, ["cbsVb", "mat"].map((side) => {
            const mine = sideRows[side].find((r) => r.id === row.id);
            return bar(mine?.share ?? 0, mine?.text ?? "–", side);
          }))
          : bar(row.share, row.text))));
  }

  function listView(result) {
    if (result.kind === "wordCloud") {
      const words = result.words.slice(0, MAX_WORDS);
      return words.length === 0 ? h("p", { class: "hint" }, "Nog geen woorden.")
        : h("ul", { class: "results__words" }, words.map((w) =>
          h("li", { class: "results__word", "data-testid": "result-word" }, w.display, h("span", { class: "results__count" }, ` ${w.count}`))));
    }
    const cards = result.cards.slice(-MAX_CARDS);
    return cards.length === 0 ? h("p", { class: "hint" }, "Nog geen goedgekeurde antwoorden.")
      : h("ul", { class: "results__cards" }, cards.map((c) =>
        h("li", { class: "results__card", "data-testid": "result-card" }, c.text,
          c.count > 1 && h("span", { class: "results__count" }, ` ×${c.count}`))));
  }

  function listsView(results) {
    const split = results.split;
    if (!split) return listView(results.overall);
    return ["cbsVb", "mat"].map((side) => h("div", { class: "results__part" },
      h("h3", { class: "results__part-heading" }, `${SIDE_LABELS[side]} (${side === "cbsVb" ? split.cbsVbRespondents : split.matRespondents})`),
      split[side] ? listView(split[side]) : h("p", { class: "hint" }, "Nog geen antwoorden van deze kant.")));
  }

  function draw(results) {
    const overall = results.overall;
    const split = results.split;
    const count = split
      ? `CBS/VB ${split.cbsVbRespondents} · MAT ${split.matRespondents}`
      : plural(overall.respondents, "antwoord", "antwoorden");
    area.replaceChildren(...[
      h("h2", { class: "results__heading" }, "Resultaten ", h("span", { class: "results__n", "data-testid": "result-count" }, count)),
      rowsOf[overall.kind] ? rowsView(results) : listsView(results),
      overall.type === "multipleChoice" && h("p", { class: "hint" }, "Meerdere antwoorden mogelijk: de percentages tellen niet op tot 100%."),
      results.splitNotice && h("p", { class: "hint", "data-testid": "split-notice" }, results.splitNotice),
      results.uncountedNotice && h("p", { class: "hint", "data-testid": "uncounted-notice" }, results.uncountedNotice),
    ].flat().filter(Boolean));
  }

  return {
    node: () => area,
    /** From a push (resultsChanged) or a snapshot (join/getState: null while hidden). */
    apply(results) { latest = results ?? null; },
    /** Whether results of this question are on the phone now. */
    shownFor: (current) => Boolean(current?.revealed && current.question && latest?.questionId === current.question.id),
    /** Shows the latest results under the question while it is revealed; hides them otherwise. */
    update(current) {
      const show = this.shownFor(current);
      area.hidden = !show;
      if (!show) { drawn = null; return; }
      const json = JSON.stringify(latest);
      if (json === drawn) return;
      drawn = json;
      draw(latest);
    },
  };
}
