// A part of the page that the first screen does not need (a less common question type, the results): its own
// chunk, fetched when it is first shown, so the phone's first screen stays light on a slow Wi-Fi. Until it is
// there the view shows a line ("Laden…"), never a blank moment; a dropped request is tried once more at once,
// and after that the participant gets a Dutch message and a button to try again.

import { html } from "./lit.js";
import { render } from "./view.js";

/**
 * @template T
 * @typedef {{ get(): T | null, load(again?: boolean): void, pending(): unknown }} Lazy
 */

/**
 * @template T
 * @param {() => Promise<T>} fetchChunk
 * @returns {Lazy<T>}
 */
export function lazy(fetchChunk) {
  /** @type {T | null} */
  let loaded = null;
  let loading = false;
  let failed = false;
  // Each view asks for it; after two failed tries only the participant's button asks again (no endless loop).
  const load = (again = false) => {
    if (loaded || loading || (failed && !again)) return;
    loading = true;
    failed = false;
    fetchChunk().catch(() => fetchChunk()).then((value) => { loaded = value; }, () => { failed = true; })
      .finally(() => { loading = false; render(); });
  };
  return {
    get: () => loaded,
    load,
    /** What stands in its place meanwhile. */
    pending: () => failed
      ? html`<p class="error" data-testid="chunk-failed">Dit deel van de pagina kon niet laden. Controleer je wifi.</p>
        <button type="button" class="big" data-testid="chunk-retry" @click=${() => { load(true); render(); }}>Opnieuw proberen</button>`
      : html`<p class="note" data-testid="chunk-loading">Laden…</p>`,
  };
}
