// How a werkpunt reads on a card: on the board, in the conflict box, on the dots and consent screens.

import { plural, shorten } from "../answers.js";
import { html } from "./lit.js";
import { contentOf, dateText, ownerText } from "./werkpunt.js";

/** @import { ExerciseView, WerkpuntView } from "../types" */

/**
 * Who and when, in one line ("Wie: MAT · Termijn: Q1 2027, tegen 31/03/2027"), or "".
 * @param {import("../types").WerkpuntContent} c
 * @param {string | null} [termDate] the server's reading of the termijn ("2027-03-31")
 */
function metaOf(c, termDate) {
  const by = dateText(termDate);
  const term = [c.term.trim(), by && `tegen ${by}`].filter(Boolean).join(", ");
  return [ownerText(c) && `Wie: ${ownerText(c)}`, term && `Termijn: ${term}`].filter(Boolean).join(" · ");
}

/** The chapter's label when a werkpunt is not in its group's own chapter (the group's needs no saying), else "". */
export function chapterNote(/** @type {ExerciseView} */ ex, /** @type {WerkpuntView} */ w) {
  const own = ex.groups.find((g) => g.id === w.groupId)?.chapter;
  return w.chapter && w.chapter !== own ? ex.chapters?.find((h) => h.key === w.chapter)?.label ?? "" : "";
}

/**
 * The text, the first oplossingen and who/when, as spans inside a card button.
 * @param {unknown} content
 * @param {{ chapter?: string, termDate?: string | null }} [more] the chapter's label to show, the termijn's date
 */
export function cardBody(content, more = {}) {
  const c = contentOf(content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = metaOf(c, more.termDate);
  return html`<span class="wp__text">${c.text}</span>${oplossingen.length ? html`<span class="wp__oplossingen">${oplossingen.slice(0, 2).map((o) =>
    html`<span class="wp__oplossing">${`→ ${shorten(o, 140)}`}</span>`)}${oplossingen.length > 2
    ? html`<span class="wp__more">${`en nog ${plural(oplossingen.length - 2, "oplossing", "oplossingen")}`}</span>` : null}</span>` : null}${meta
    ? html`<span class="wp__meta">${meta}</span>` : null}${more.chapter
    ? html`<span class="wp__chapter" data-testid="wp-chapter-note">${`Hoofdstuk: ${more.chapter}`}</span>` : null}`;
}

/** A werkpunt to vote on (dots, consent): everything it says, then the controls. */
export function voteCard(/** @type {WerkpuntView} */ w, /** @type {unknown} */ controls) {
  const c = contentOf(w.content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = metaOf(c, w.termDate);
  return html`<p class="vote__text">${c.text}</p>${oplossingen.length ? html`<ul class="vote__oplossingen">${oplossingen.map((o) => html`<li>${o}</li>`)}</ul>` : null}${meta
    ? html`<p class="vote__meta">${meta}</p>` : null}${controls}`;
}

/**
 * The werkpunten to vote on, one section per group, in the order they come.
 * @param {WerkpuntView[]} werkpunten
 * @param {(w: WerkpuntView) => unknown} row
 */
export function voteGroups(werkpunten, row) {
  /** @type {Map<string, WerkpuntView[]>} */
  const groups = new Map();
  for (const w of werkpunten) {
    const list = groups.get(w.groupName) ?? [];
    if (!groups.has(w.groupName)) groups.set(w.groupName, list);
    list.push(w);
  }
  return [...groups].map(([name, list]) => html`<section class="vote-group"><h2 class="vote-group__title">${`Groep ${name}`}</h2>${list.map(row)}</section>`);
}

// The +1 buttons say what they mean to a screen reader after what they show ("+1 ik steun dit werkpunt"; pressed
// or not), so the spoken name always starts with the visible one.
export const plusWhy = () => html`<span class="sr-only"> ik steun dit werkpunt</span>`;
