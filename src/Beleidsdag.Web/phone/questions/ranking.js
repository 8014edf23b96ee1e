// ranking: every option, best first; big ↑ / ↓ buttons (one thumb, no dragging needed).

import { html, isOpen, remember, render, repeat, shorten, state, submitArea, workingAnswer } from "../page.js";

/** @import { Content, QuestionView } from "../types" */

const byTestId = (/** @type {string} */ id) => /** @type {HTMLElement | null} */ (document.querySelector(`[data-testid="${id}"]`));

function move(/** @type {QuestionView} */ question, /** @type {string} */ id, /** @type {number} */ delta) {
  if (!isOpen()) return;
  const order = [...workingAnswer(question).optionIds];
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return;
  [order[from], order[to]] = [order[to], order[from]];
  state.error = null;
  remember("drafts", question.id, { optionIds: order, values: {}, texts: [] });
  const label = question.options.find((o) => o.id === id)?.label ?? id;
  state.notice = { questionId: question.id, text: `“${shorten(label, 60)}” staat nu op plaats ${to + 1}.`, kind: "info" };
  render();
  // Keep the focus on the item that moved; at the top (or bottom) its own arrow is disabled now.
  const up = /** @type {HTMLButtonElement} */ (byTestId(`rank-up-${id}`));
  const down = /** @type {HTMLButtonElement} */ (byTestId(`rank-down-${id}`));
  const wanted = delta < 0 ? up : down;
  (wanted.disabled ? (delta < 0 ? down : up) : wanted).focus({ preventScroll: true });
  const li = /** @type {HTMLElement} */ (byTestId(`rank-item-${id}`));
  li.scrollIntoView({ block: "nearest" });
  li.classList.remove("is-moved");
  void li.offsetWidth; // restart the highlight
  li.classList.add("is-moved");
}

export function rankingForm(/** @type {QuestionView} */ question, /** @type {boolean} */ open, /** @type {Content} */ answer) {
  const labels = new Map(question.options.map((o) => [o.id, o.label]));
  const last = answer.optionIds.length - 1;
  return html`
    <p class="hint">Zet de belangrijkste bovenaan. Verschuif met ↑ en ↓.</p>
    <ol class="ranking" aria-label="Jouw rangorde, de belangrijkste eerst">${repeat(answer.optionIds, (id) => id, (id, i) => html`
      <li class="rank" data-testid=${`rank-item-${id}`}><span class="rank__number" aria-hidden="true">${String(i + 1)}</span><span
        class="rank__label">${labels.get(id)}</span><span class="rank__moves"><button type="button" class="rank__move"
        data-testid=${`rank-up-${id}`} aria-label=${`${labels.get(id)}: hoger`} ?disabled=${!open || i === 0}
        @click=${() => move(question, id, -1)}>↑</button><button type="button" class="rank__move" data-testid=${`rank-down-${id}`}
        aria-label=${`${labels.get(id)}: lager`} ?disabled=${!open || i === last} @click=${() => move(question, id, 1)}>↓</button></span></li>`)}</ol>
    ${submitArea(question, open, answer)}`;
}
