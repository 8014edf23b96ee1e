// How a werkpunt reads on a card: on the board, in the conflict box, on the dots and consent screens.

import { plural, shorten } from "../answers.js";
import { h } from "../dom.js";
import { contentOf, ownerText } from "./werkpunt.js";

/** @import { WerkpuntView } from "../types" */

/** The text, the first oplossingen and who/when, as spans inside a card button. */
export function cardBody(/** @type {unknown} */ content) {
  const c = contentOf(content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = [ownerText(c) && `Wie: ${ownerText(c)}`, c.term.trim() && `Termijn: ${c.term.trim()}`].filter(Boolean).join(" · ");
  return [
    h("span", { class: "wp__text" }, c.text),
    oplossingen.length ? h("span", { class: "wp__oplossingen" },
      oplossingen.slice(0, 2).map((o) => h("span", { class: "wp__oplossing" }, `→ ${shorten(o, 140)}`)),
      oplossingen.length > 2 ? h("span", { class: "wp__more" }, `en nog ${plural(oplossingen.length - 2, "oplossing", "oplossingen")}`) : null) : null,
    meta ? h("span", { class: "wp__meta" }, meta) : null,
  ];
}

/** A werkpunt to vote on (dots, consent): everything it says, then the controls. */
export function voteCard(/** @type {WerkpuntView} */ w, /** @type {HTMLElement[]} */ ...controls) {
  const c = contentOf(w.content);
  const oplossingen = c.oplossingen.map((o) => o.trim()).filter(Boolean);
  const meta = [ownerText(c) && `Wie: ${ownerText(c)}`, c.term.trim() && `Termijn: ${c.term.trim()}`].filter(Boolean).join(" · ");
  return [
    h("p", { class: "vote__text" }, c.text),
    oplossingen.length ? h("ul", { class: "vote__oplossingen" }, oplossingen.map((o) => h("li", {}, o))) : null,
    meta ? h("p", { class: "vote__meta" }, meta) : null,
    ...controls,
  ];
}

/**
 * Werkpunten of all groups, grouped by group, in the order they come.
 * @param {WerkpuntView[]} werkpunten
 * @returns {[string, WerkpuntView[]][]}
 */
export function byGroup(werkpunten) {
  /** @type {Map<string, WerkpuntView[]>} */
  const groups = new Map();
  for (const w of werkpunten) {
    const list = groups.get(w.groupName) ?? [];
    if (!groups.has(w.groupName)) groups.set(w.groupName, list);
    list.push(w);
  }
  return [...groups];
}

/** The werkpunten to vote on, one section per group. */
export function voteGroups(/** @type {WerkpuntView[]} */ werkpunten, /** @type {Map<string, { el: HTMLElement }>} */ rowOf) {
  return byGroup(werkpunten).map(([name, list]) => h("section", { class: "vote-group" },
    h("h2", { class: "vote-group__title" }, `Groep ${name}`), list.map((w) => rowOf.get(w.id)?.el)));
}

// The +1 buttons say what they mean to a screen reader after what they show ("+1 ik steun dit werkpunt"; pressed
// or not), so the spoken name always starts with the visible one.
export const plusWhy = () => h("span", { class: "sr-only" }, " ik steun dit werkpunt");
