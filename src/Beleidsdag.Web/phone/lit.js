// The page's one view library: lit-html. A view is a template of its state; lit-html keeps the elements a
// template made and only changes what differs, so a push never replaces the button under a thumb nor the
// field someone is typing in. The group work's chunk gets these same functions through grouphost.js (one copy).

import { html, noChange, nothing, render } from "lit-html";
import { keyed } from "lit-html/directives/keyed.js";
import { directive, Directive, PartType } from "lit-html/directive.js";
import { setCommittedValue } from "lit-html/directive-helpers.js";

/** @import { PartInfo, AttributePart } from "lit-html/directive.js" */

/**
 * A field's value (`.value=${fieldValue(text)}`): set when it differs from what the field shows, but never while
 * the participant is typing in it (a push, another tab, a snapshot must not take the text from under them).
 */
class FieldValue extends Directive {
  constructor(/** @type {PartInfo} */ part) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error("fieldValue() is for .value only");
  }

  render(/** @type {string} */ value) {
    return value;
  }

  update(/** @type {AttributePart} */ part, /** @type {[string]} */ [value]) {
    const field = /** @type {HTMLInputElement} */ (part.element);
    if (field === document.activeElement || field.value === value) return noChange;
    setCommittedValue(part); // lit-html's own record of the value is stale once someone typed: set it anyway
    return value;
  }
}
export const fieldValue = directive(FieldValue);

/** A class attribute from parts, the false ones left out: cls("big option", selected && "is-selected"). */
export const cls = (/** @type {(string | false | null | undefined)[]} */ ...parts) => parts.filter(Boolean).join(" ");

// keyed(key, view): new elements when the key changes (another question, another screen), so a tap that
// started on the old one never lands on the new one; the same elements, updated, while it stays.
export { html, keyed, nothing, render };
/** @typedef {import("lit-html").TemplateResult} TemplateResult */
