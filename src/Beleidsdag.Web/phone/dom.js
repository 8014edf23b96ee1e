// The page's few DOM helpers besides lit-html (lit.js): the fixed lines of index.html and keeping the focus.

/** An element of index.html that is always there. */
export const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Setting the same text again would make screen readers repeat it.
 * @param {HTMLElement} el
 * @param {string} text
 */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}

/** The test id of the focused element inside `root`, to focus the same control after a rebuild. */
export function focusedTestId(/** @type {HTMLElement} */ root) {
  const active = document.activeElement;
  return active instanceof HTMLElement && root.contains(active) ? active.dataset.testid ?? null : null;
}

/** Focuses the control with this test id inside `root`, if there is one. */
export function focusTestId(/** @type {HTMLElement} */ root, /** @type {string | null} */ testId, /** @type {FocusOptions} */ options = {}) {
  if (testId) /** @type {HTMLElement | null} */ (root.querySelector(`[data-testid="${CSS.escape(testId)}"]`))?.focus(options);
}
