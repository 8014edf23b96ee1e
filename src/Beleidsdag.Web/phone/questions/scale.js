// scale: per statement (the options) a row of round buttons min..max, the labels under both ends.

import { scaleOf } from "../answers.js";
import { editAnswer, workingAnswer } from "../answering.js";
import { h, setPressed } from "../dom.js";
import { formFoot, submitArea } from "./question.js";

/** @import { Part, QuestionView } from "../types" */

/** @returns {Part} */
export function scaleForm(/** @type {QuestionView} */ question) {
  const { min, max, lowLabel, highLabel } = scaleOf(question);
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  // Up to 7 fit in one row at 390 px; 1–10 becomes two rows of 5, so no target gets smaller than a thumb.
  const columns = values.length <= 7 ? values.length : Math.ceil(values.length / 2);
  const wrapped = columns < values.length;
  const pick = (/** @type {string} */ statementId, /** @type {number} */ value) => {
    const answer = workingAnswer(question);
    editAnswer(question, { ...answer, values: { ...answer.values, [statementId]: value } });
  };
  const spoken = (/** @type {number} */ v) => (v === min ? `${v}, ${lowLabel}` : v === max ? `${v}, ${highLabel}` : String(v));
  const statements = question.options.map((o, index) => {
    const buttons = values.map((v) => h("button", { type: "button", class: "scale__value",
      "data-testid": `scale-${o.id}-${v}`, "aria-label": spoken(v), onclick: () => pick(o.id, v) }, String(v)));
    const el = h("div", { class: "statement", role: "group", "aria-labelledby": `statement-${index}`, "data-testid": `statement-${o.id}` },
      h("p", { class: "statement__text", id: `statement-${index}` }, o.label),
      h("div", { class: "scale__values", style: `--columns: ${columns}` }, buttons),
      h("div", { class: "scale__labels", "aria-hidden": "true" },
        h("span", { class: "scale__low" }, wrapped ? `${min} = ${lowLabel}` : lowLabel),
        h("span", { class: "scale__high" }, wrapped ? `${max} = ${highLabel}` : highLabel)));
    return { id: o.id, el, buttons };
  });
  const submit = submitArea(question);
  return {
    nodes: [h("div", { class: "form" }, statements.map((s) => s.el)), formFoot(...submit.nodes)],
    update(open, answer) {
      for (const s of statements) {
        s.buttons.forEach((b, i) => setPressed(b, answer.values[s.id] === values[i], !open));
        s.el.classList.toggle("is-answered", answer.values[s.id] != null);
      }
      submit.update(open, answer);
    },
  };
}
