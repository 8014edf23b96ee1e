// The participant page: join with the code on the screen, pick a side, answer what is on screen.
// Protocol: docs/protocol.md (participant hub). The parts: state.js and store.js (what the page knows and keeps),
// connection.js (the hub), outbox.js (every submission, until its Ack), answering.js (an answer's life),
// view.js + screens.js + questions/ (what is shown, one module per question type), results.js (a revealed
// question's results). The group work (groupwork.js + groupwork/) is its own chunk, loaded by grouphost.js
// only when a group item starts, so the first screen stays light on a slow Wi-Fi.

import { typeOf } from "./answers.js";
import { connect, isReady, resume } from "./connection.js";
import { $ } from "./dom.js";
import { html, render as draw } from "./lit.js";
import { groupwork } from "./grouphost.js";
import { wireMenu } from "./menu.js";
import { effectiveSide } from "./outbox.js";
import { hasUnsentChange, sentFor, workingAnswer } from "./answering.js";
import { results } from "./results.js";
import { cleanCode, codeProblem } from "./screens.js";
import { currentQuestion, state } from "./state.js";
import { openStore, storeKey, storeOrNull, updateStore } from "./store.js";
import { render } from "./view.js";

// The chunks fetched later import what they use of the page from app.js (page.js, scripts/build-phone.mjs).
export * from "./page.js";

function start() {
  if (typeof signalR === "undefined") {
    draw(html`<p class="lead">De pagina kon niet volledig laden. Herlaad ze even.</p>`, $("view"));
    return;
  }
  wireMenu();
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") resume(false); });
  window.addEventListener("online", () => resume(false));
  // A page restored from the back-forward cache keeps a connection object whose socket is gone.
  window.addEventListener("pageshow", (e) => resume(e.persisted));
  // Another tab of the same workshop changed the outbox or the token.
  window.addEventListener("storage", (e) => {
    if (state.code && e.key === storeKey(state.code)) { openStore(state.code); render(); }
  });

  const match = /^\/j\/([^/]+)\/?$/i.exec(location.pathname);
  const fromPath = match ? decodeURIComponent(match[1]) : "";
  if (fromPath && !codeProblem(cleanCode(fromPath))) {
    state.code = cleanCode(fromPath);
    openStore(state.code);
    // A group's own QR code: /j/CODE?groep=GROUPID. Kept in the store: the exercise may start later.
    const qrGroup = new URLSearchParams(location.search).get("groep");
    if (qrGroup && /^[A-Za-z0-9_-]{1,64}$/.test(qrGroup)) updateStore((s) => { s.qrGroup = qrGroup; });
    connect();
  } else {
    state.entering = true;
    state.typedCode = fromPath;
    if (fromPath) state.error = codeProblem(cleanCode(fromPath));
  }
  render();
}

// A tiny window for browser tests: what a person would see, without scraping the DOM.
Object.assign(window, {
  beleidsdag: {
    state() {
      const question = currentQuestion();
      const sent = question ? sentFor(question.id) : null;
      const store = storeOrNull();
      return {
        connected: isReady(),
        participantId: state.participantId,
        side: effectiveSide() ?? null,
        outboxLength: store?.outbox.length ?? 0,
        questionId: question?.id ?? null,
        questionType: question ? typeOf(question) : null,
        selectedOptionId: sent?.content.optionIds[0] ?? null,
        confirmed: Boolean(sent?.confirmed),  // what was sent last is acknowledged
        answer: sent?.content ?? null,        // what was sent last: { optionIds, values, texts }
        unsentChange: question ? hasUnsentChange(question) : false,
        draft: question && store?.drafts?.[question.id] ? workingAnswer(question) : null,
        resultsShown: results.shownFor(state.room?.current),
        ...groupwork()?.testState(), // groupId, werkpunten, timerLeftMs, dotsLeft, …
      };
    },
  },
});

start();
