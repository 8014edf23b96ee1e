// How a werkpunt reads on a card: on the board, in the conflict box, on the dots and consent screens.

import { plural, shorten } from "../answers.js";
import { html } from "./lit.js";
import { contentOf, ownerText } from "./werkpunt.js";

/** @import { WerkpuntView } from "../types" */

/** Who and when, in one line ("Wie: MAT · Termijn: 2027"), or "". */
function metaOf(/** @type {import("../types").WerkpuntContent} */ c) {
  return [ownerText(c) && `Wie: ${ownerText(c)}`, c.term.trim() && `Termijn: ${c.term.trim()}`].filter(Boolean).join(" · ");
}

/** The text, the first oplossingen and who/when, as spans inside a card button. */
export function cardBody(/** @type {unknown} */ content) {
  const c = contentOf(content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = metaOf(c);
  return html`<span class="wp__text">${c.text}</span>${oplossingen.length ? html`<span class="wp__oplossingen">${oplossingen.slice(0, 2).map((o) =>
    html`<span class="wp__oplossing">${`→ ${shorten(o, 140)}`}</span>`)}${oplossingen.length > 2
    ? html`<span class="wp__more">${`en nog ${plural(oplossingen.length - 2, "oplossing", "oplossingen")}`}</span>` : null}</span>` : null}${meta
    ? html`<span class="wp__meta">${meta}</span>` : null}`;
}

/** A werkpunt to vote on (dots, consent): everything it says, then the controls. */
export function voteCard(/** @type {WerkpuntView} */ w, /** @type {unknown} */ controls) {
  const c = contentOf(w.content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = metaOf(c);
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
