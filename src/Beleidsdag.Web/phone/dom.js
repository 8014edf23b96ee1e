// The page's few DOM helpers. Text is always set as text, so nothing from the server is ever parsed as HTML.

/** An element of index.html that is always there. */
export const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @typedef {Node | string | null | undefined | false} Child */
/** @typedef {Child | Child[] | Child[][]} Children */

/**
 * Builds an element; strings become text nodes, so text from the server is never parsed as HTML.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any> | null} [props]
 * @param {...Children} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "class") el.className = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  const flat = /** @type {Child[]} */ (children.flat(2));
  el.append(.../** @type {(Node | string)[]} */ (flat.filter((c) => c != null && c !== false)));
  return el;
}

/**
 * Setting the same text again would make screen readers repeat it.
 * @param {HTMLElement} el
 * @param {string} text
 */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}

/**
 * Replaces a field's value only when the participant is not typing in it (another tab, a snapshot).
 * @param {HTMLInputElement | HTMLTextAreaElement} input
 * @param {string} value
 */
export function setValue(input, value) {
  if (input !== document.activeElement && input.value !== value) input.value = value;
}

/**
 * @param {HTMLButtonElement} button
 * @param {boolean} pressed
 * @param {boolean} disabled
 */
export function setPressed(button, pressed, disabled) {
  button.classList.toggle("is-selected", pressed);
  button.setAttribute("aria-pressed", String(pressed));
  button.disabled = disabled;
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
