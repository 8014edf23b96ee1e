// The page's view library (lit.js), handed over by grouphost.js: the chunk holds no second copy of lit-html,
// and its templates render with the same one as the page's. `null` stands for "nothing" in a template here.

import { app } from "./shared.js";

/** @typedef {import("../lit.js").TemplateResult} TemplateResult */

/** @type {typeof import("../lit.js").html} */
export const html = (strings, ...values) => app.lit.html(strings, ...values);
/** @type {typeof import("../lit.js").keyed} */
export const keyed = (key, value) => app.lit.keyed(key, value);
/** @type {typeof import("../lit.js").fieldValue} */
export const fieldValue = (value) => app.lit.fieldValue(value);
/** @type {typeof import("../lit.js").cls} */
export const cls = (...parts) => app.lit.cls(...parts);
