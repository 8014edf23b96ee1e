// ranking: every option, best first; big ↑ / ↓ buttons (one thumb, no dragging needed).

import { shorten } from "../answers.js";
import { workingAnswer } from "../answering.js";
import { h } from "../dom.js";
import { isOpen, state } from "../state.js";
import { remember } from "../store.js";
import { render } from "../view.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Part, QuestionView } from "../types" */
/** @typedef {{ li: HTMLLIElement, number: HTMLSpanElement, up: HTMLButtonElement, down: HTMLButtonElement }} Item */

/** @returns {Part} */
export function rankingForm(/** @type {QuestionView} */ question) {
  /** @type {Map<string, Item>} */
  const items = new Map();
  const label = (/** @type {string} */ id) => question.options.find((o) => o.id === id)?.label ?? id;
  const move = (/** @type {string} */ id, /** @type {number} */ delta) => {
    if (!isOpen()) return;
    const order = [...workingAnswer(question).optionIds];
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to], order[from]];
    state.error = null;
    remember("drafts", question.id, { optionIds: order, values: {}, texts: [] });
    state.notice = { questionId: question.id, text: `“${shorten(label(id), 60)}” staat nu op plaats ${to + 1}.`, kind: "info" };
    render();
    const item = /** @type {Item} */ (items.get(id));
    // Keep the focus on the item that moved; at the top (or bottom) its own arrow is disabled now.
    const wanted = delta < 0 ? item.up : item.down;
    (wanted.disabled ? (delta < 0 ? item.down : item.up) : wanted).focus({ preventScroll: true });
    item.li.scrollIntoView({ block: "nearest" });
    item.li.classList.remove("is-moved");
    void item.li.offsetWidth; // restart the highlight
    item.li.classList.add("is-moved");
  };
  for (const o of question.options) {
    const number = h("span", { class: "rank__number", "aria-hidden": "true" });
    const up = h("button", { type: "button", class: "rank__move", "data-testid": `rank-up-${o.id}`,
      "aria-label": `${o.label}: hoger`, onclick: () => move(o.id, -1) }, "↑");
    const down = h("button", { type: "button", class: "rank__move", "data-testid": `rank-down-${o.id}`,
      "aria-label": `${o.label}: lager`, onclick: () => move(o.id, 1) }, "↓");
    const li = h("li", { class: "rank", "data-testid": `rank-item-${o.id}` },
      number, h("span", { class: "rank__label" }, o.label), h("span", { class: "rank__moves" }, up, down));
    items.set(o.id, { li, number, up, down });
  }
  const list = h("ol", { class: "ranking", "aria-label": "Jouw rangorde, de belangrijkste eerst" });
  const submit = submitArea(question);
  return {
    nodes: [
      h("p", { class: "hint" }, "Zet de belangrijkste bovenaan. Verschuif met ↑ en ↓."),
      list,
      formFoot(...submit.nodes),
    ],
    update(open, answer) {
      const active = document.activeElement;
      answer.optionIds.forEach((id, i) => {
        const item = items.get(id);
        if (!item) return;
        if (list.children[i] !== item.li) list.insertBefore(item.li, list.children[i] ?? null);
        item.number.textContent = String(i + 1);
        item.up.disabled = !open || i === 0;
        item.down.disabled = !open || i === answer.optionIds.length - 1;
      });
      if (active instanceof HTMLButtonElement && list.contains(active) && document.activeElement !== active && !active.disabled) {
        active.focus({ preventScroll: true });
      }
      submit.update(open, answer);
    },
  };
}
