// What the chunks fetched later (lazy.js: the less common question types, the results) use of the page. They
// import it from here; the build makes that an import of app.js, which exports it, so a chunk shares the page's
// one copy of the state, the store and lit-html instead of bringing its own (scripts/build-phone.mjs).

export { MAX_WORDS, plural, POINTS, scaleOf, shorten, TEXT_LENGTH, tooManyWords, WORD_LENGTH } from "./answers.js";
export { editAnswer, notify, submitAnswer, workingAnswer } from "./answering.js";
export { cls, fieldValue, html, nothing } from "./lit.js";
export { repeat } from "lit-html/directives/repeat.js";
export { isOpen, state } from "./state.js";
export { remember } from "./store.js";
export { render } from "./view.js";
export { submitArea } from "./questions/question.js";
