// The form rules of the phone, per question type (docs/protocol.md, "Answers per question type"): what an answer
// looks like, what goes on the wire and whether it may be sent. No DOM, no connection: `node --test` runs them.

// The limits of docs/protocol.md ("Answers per question type"); the server checks them again.
export const MAX_WORDS = 3;
export const WORD_LENGTH = 30;
export const WORDS_PER_ENTRY = 3; // a box may hold a short phrase ("open communicatie", docs/rules.md)
export const TEXT_LENGTH = 500;
export const POINTS = 100;
/** @import { Check, Content, QuestionView, ScaleRange } from "./types" */

export const DEFAULT_SCALE = { min: 1, max: 5, lowLabel: "Helemaal niet akkoord", highLabel: "Helemaal akkoord" };

// ---- answers per question type -------------------------------------------------------------------
// An answer's content is { optionIds, values, texts }; each type uses one of the three (docs/protocol.md).

/**
 * @param {unknown} x
 * @returns {x is Record<string, any>}
 */
export const isPlainObject = (x) => x != null && typeof x === "object" && !Array.isArray(x);
export const typeOf = (/** @type {QuestionView | null | undefined} */ question) => question?.type ?? "singleChoice";
export const isTapType = (/** @type {QuestionView | null | undefined} */ question) => ["singleChoice", "yesNo"].includes(typeOf(question));
/** @returns {ScaleRange} */
export const scaleOf = (/** @type {QuestionView} */ question) => ({ ...DEFAULT_SCALE, ...(question.scale ?? {}) });
// Without a maxChoices from the server every option may be chosen.
export const maxChoicesOf = (/** @type {QuestionView} */ question) => Math.max(1, Math.min(question.options.length, Number(question.maxChoices) || question.options.length));
export const optionIdsOf = (/** @type {QuestionView} */ question) => question.options.map((o) => o.id);
export const plural = (/** @type {number} */ n, /** @type {string} */ one, /** @type {string} */ many) => `${n} ${n === 1 ? one : many}`;

/** @returns {Content} */
export function contentOf(/** @type {any} */ x) {
  /** @type {Record<string, number>} */
  const values = {};
  if (isPlainObject(x?.values)) {
    for (const [id, v] of Object.entries(x.values)) if (Number.isFinite(Number(v))) values[id] = Math.trunc(Number(v));
  }
  return {
    optionIds: Array.isArray(x?.optionIds) ? x.optionIds.map(String) : [],
    values,
    texts: Array.isArray(x?.texts) ? x.texts.map((/** @type {unknown} */ t) => String(t ?? "")) : [],
  };
}

// The content in the shape the form works with: every input present, nothing the question does not know.
/** @returns {Content} */
export function formShape(/** @type {QuestionView} */ question, /** @type {Partial<Content> | null} */ content) {
  const c = contentOf(content);
  const ids = optionIdsOf(question);
  const known = new Set(ids);
  switch (typeOf(question)) {
    case "multipleChoice":
      return { ...c, optionIds: ids.filter((id) => c.optionIds.includes(id)) };
    case "scale": {
      const { min, max } = scaleOf(question);
      /** @type {Record<string, number>} */
      const values = {};
      for (const id of ids) if (c.values[id] >= min && c.values[id] <= max) values[id] = c.values[id];
      return { ...c, values };
    }
    case "wordCloud":
      return { ...c, texts: Array.from({ length: MAX_WORDS }, (_, i) => c.texts[i] ?? "") };
    case "openText":
      return { ...c, texts: [c.texts[0] ?? ""] };
    case "ranking": {
      const order = [...new Set(c.optionIds.filter((id) => known.has(id)))];
      return { ...c, optionIds: [...order, ...ids.filter((id) => !order.includes(id))] };
    }
    case "points": {
      /** @type {Record<string, number>} */
      const values = {};
      for (const id of ids) values[id] = Math.max(0, c.values[id] ?? 0);
      return { ...c, values };
    }
    default:
      return { ...c, optionIds: c.optionIds.filter((id) => known.has(id)).slice(0, 1) };
  }
}

// What goes on the wire: only the field the type uses, texts trimmed, empty words left out.
/** @returns {Content} */
export function payloadFor(/** @type {QuestionView} */ question, /** @type {Partial<Content> | null} */ content) {
  const c = formShape(question, content);
  /** @type {Content} */
  const payload = { optionIds: [], values: {}, texts: [] };
  switch (typeOf(question)) {
    case "scale": case "points": payload.values = c.values; break;
    case "wordCloud": payload.texts = c.texts.map((t) => t.trim()).filter(Boolean); break;
    case "openText": payload.texts = [c.texts[0].trim()]; break;
    default: payload.optionIds = c.optionIds;
  }
  return payload;
}

export const tooManyWords = (/** @type {string} */ entry) => entry.trim().split(/\s+/).length > WORDS_PER_ENTRY;

// Whether the answer may be sent, and if not, what to tell the participant ("hint": not done yet; "error": wrong).
/** @returns {Check} */
export function checkAnswer(/** @type {QuestionView} */ question, /** @type {Partial<Content> | null} */ content) {
  const c = formShape(question, content);
  /** @type {Check} */
  const ok = { ok: true, text: null, kind: null };
  const hint = (/** @type {string} */ text) => ({ ok: false, text, kind: "hint" });
  const error = (/** @type {string} */ text) => ({ ok: false, text, kind: "error" });
  switch (typeOf(question)) {
    case "multipleChoice": {
      const max = maxChoicesOf(question);
      if (c.optionIds.length === 0) return hint("Kies minstens één antwoord.");
      if (c.optionIds.length > max) return error(`Je kan maximaal ${max} antwoorden kiezen.`);
      const exclusive = question.options.find((o) => o.exclusive && c.optionIds.includes(o.id));
      if (exclusive && c.optionIds.length > 1) return error(`“${shorten(exclusive.label, 60)}” kan je niet combineren met een ander antwoord.`);
      return ok;
    }
    case "scale": {
      const missing = question.options.filter((o) => c.values[o.id] == null);
      if (missing.length === question.options.length) return hint(question.options.length === 1 ? "Kies een score." : "Geef een score voor elke stelling.");
      if (missing.length > 0) return hint(`Geef nog een score voor: ${missing.map((o) => shorten(o.label, 60)).join("; ")}`);
      return ok;
    }
    case "wordCloud": {
      const words = c.texts.map((t) => t.trim());
      if (words.some((w) => tooManyWords(w))) return error(`Hoogstens ${WORDS_PER_ENTRY} woorden per vakje.`);
      if (words.some((w) => w.length > WORD_LENGTH)) return error(`Een woord of woordgroep mag hoogstens ${WORD_LENGTH} tekens hebben.`);
      if (!words.some(Boolean)) return hint("Typ minstens één woord.");
      return ok;
    }
    case "openText": {
      const text = c.texts[0].trim();
      if (text.length > TEXT_LENGTH) return error(`Je antwoord mag hoogstens ${TEXT_LENGTH} tekens hebben.`);
      if (!text) return hint("Typ eerst je antwoord.");
      return ok;
    }
    case "points": {
      const sum = Object.values(c.values).reduce((a, b) => a + b, 0);
      return sum === POINTS ? ok : { ok: false, text: null, kind: null }; // the points counter says why
    }
    case "ranking":
      return ok;
    default:
      return c.optionIds.length === 1 ? ok : hint("Kies een antwoord.");
  }
}

export const shorten = (/** @type {string} */ text, /** @type {number} */ length) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

