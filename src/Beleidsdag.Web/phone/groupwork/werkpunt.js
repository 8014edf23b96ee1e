// The rules of a werkpunt on the phone: its fields, what goes on the wire and what the phone checks before
// sending (the server checks again). No DOM: a new field (a chapter, a list of roles) is added here first,
// then to the form (form-screen.js) and the card (cards.js).

/** @import { WerkpuntContent, WerkpuntDraft } from "../types" */

// The limits of docs/protocol.md; the server checks them again.
export const LIMITS = { text: 300, oplossingen: 5, oplossing: 500, role: 80, term: 80, comments: 1000, perGroup: 20 };
export const OWNERS = [
  { code: "cbs", view: "cbsVb", label: "CBS/VB" },
  { code: "mat", view: "mat", label: "MAT" },
  { code: "beide", view: "beide", label: "Beide" },
  { code: "rol", view: "rol", label: "Een rol" },
];

/**
 * A new werkpunt, in its group's chapter.
 * @returns {WerkpuntDraft}
 */
export const emptyContent = (chapter = "") => ({ text: "", oplossingen: [""], owner: "", ownerRole: "", term: "", comments: "", chapter });

/**
 * Any content (a draft, the server's, an outbox item's args) in the shape the form works with. The chapter is
 * the werkpunt's (not part of the server's content): "" leaves it as it is.
 * @param {any} c
 * @returns {WerkpuntDraft}
 */
export function contentOf(c) {
  const text = (/** @type {unknown} */ x) => String(x ?? "");
  const oplossingen = Array.isArray(c?.oplossingen) ? c.oplossingen.map(text).slice(0, LIMITS.oplossingen) : [];
  return {
    text: text(c?.text),
    oplossingen: oplossingen.length ? oplossingen : [""],
    owner: OWNERS.find((o) => o.code === c?.owner || o.view === c?.owner)?.code ?? "",
    ownerRole: text(c?.ownerRole),
    term: text(c?.term),
    comments: text(c?.comments),
    chapter: text(c?.chapter),
  };
}

/**
 * What goes on the wire: trimmed, empty oplossingen left out, a role only with "een rol", the chapter's key.
 * @param {unknown} content
 * @returns {WerkpuntDraft}
 */
export function payloadOf(content) {
  const c = contentOf(content);
  return {
    text: c.text.trim(),
    oplossingen: c.oplossingen.map((o) => o.trim()).filter(Boolean),
    owner: c.owner,
    ownerRole: c.owner === "rol" ? c.ownerRole.trim() : "",
    term: c.term.trim(),
    comments: c.comments.trim(),
    chapter: c.chapter,
  };
}

export const samePayload = (/** @type {unknown} */ a, /** @type {unknown} */ b) => JSON.stringify(payloadOf(a)) === JSON.stringify(payloadOf(b));

/**
 * Checked on the phone before sending, with the field to go back to.
 * @param {unknown} content
 * @returns {{ field: string, text: string } | null}
 */
export function problemOf(content) {
  const p = payloadOf(content);
  const over = (/** @type {string} */ text, /** @type {number} */ limit) => text.length > limit;
  if (!p.text) return { field: "wp-text", text: "Typ eerst het werkpunt zelf." };
  if (over(p.text, LIMITS.text)) return { field: "wp-text", text: `Het werkpunt mag hoogstens ${LIMITS.text} tekens hebben. Nu zijn het er ${p.text.length}.` };
  const c = contentOf(content);
  const long = c.oplossingen.findIndex((o) => over(o.trim(), LIMITS.oplossing));
  if (long >= 0) return { field: `wp-oplossing-${long}`, text: `Oplossing ${long + 1} mag hoogstens ${LIMITS.oplossing} tekens hebben. Nu zijn het er ${c.oplossingen[long].trim().length}.` };
  if (p.owner === "rol" && !p.ownerRole) return { field: "wp-role", text: "Vul in welke rol het opneemt, bv. algemeen directeur." };
  if (over(p.ownerRole, LIMITS.role)) return { field: "wp-role", text: `De rol mag hoogstens ${LIMITS.role} tekens hebben.` };
  if (over(p.term, LIMITS.term)) return { field: "wp-term", text: `De termijn mag hoogstens ${LIMITS.term} tekens hebben.` };
  if (over(p.comments, LIMITS.comments)) return { field: "wp-comments", text: `De opmerkingen mogen hoogstens ${LIMITS.comments} tekens hebben. Nu zijn het er ${p.comments.length}.` };
  return null;
}

/** "2027-03-31" as the card shows it: "31/03/2027" (nl-BE, no time zone to shift it a day). */
export function dateText(/** @type {string | null | undefined} */ iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}

/** Who takes it up, in words: "CBS/VB", "CBS/VB en MAT samen", the role. */
export function ownerText(/** @type {unknown} */ content) {
  const c = contentOf(content);
  if (c.owner === "rol") return c.ownerRole.trim() || "een rol";
  if (c.owner === "beide") return "CBS/VB en MAT samen";
  return OWNERS.find((o) => o.code === c.owner)?.label ?? "";
}
