// A revealed question's results on the phone (docs/protocol.md: `resultsChanged`, and `results` in the
// join/getState snapshot). The server sends only what the screen shows: the per-side figures only when
// the facilitator split the result and no side is under the anonymity minimum. app.js keeps the rest.

import { html, nothing } from "./lit.js";
import { lazy } from "./lazy.js";

/** @import { ActivityView, PhoneResults } from "./types" */

const drawing = lazy(() => import("./results-view.js").then((m) => m.content));

function createResults() {
  /** @type {PhoneResults | null} */
  let latest = null;   // the newest PhoneResults, or null
  const shownFor = (/** @type {ActivityView | null | undefined} */ current) =>
    Boolean(current?.revealed && current.question && latest?.questionId === current.question.id);

  return {
    /** From a push (resultsChanged) or a snapshot (join/getState: null while hidden). */
    apply(/** @type {PhoneResults | null | undefined} */ results) { latest = results ?? null; },
    /** Whether results of this question are on the phone now. */
    shownFor,
    /** The latest results under the question while it is revealed; hidden otherwise. */
    view(/** @type {ActivityView | null | undefined} */ current) {
      // Fetched once the question closes, so it is usually here before the results are shown.
      if (current?.phase === "closed" || current?.revealed) drawing.load();
      const shown = shownFor(current) ? latest : null;
      const content = drawing.get();
      return html`<section class="results" data-testid="phone-results" aria-label="Resultaten" ?hidden=${!shown}>${
        shown ? (content ? content(shown) : drawing.pending()) : nothing}</section>`;
    },
  };
}

/** The results area under the question on screen. */
export const results = createResults();
