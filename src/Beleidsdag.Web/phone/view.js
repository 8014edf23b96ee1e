// Which view the page shows, and the lines around it (status, confirmation, error, bar). A view is built once
// and updated in place while it stays the same: a rebuild between a thumb's touch and its release swallows the
// tap, and would take the text from under someone typing.

import { isTapType, typeOf } from "./answers.js";
import { connectionKnown, hasRetried, isReady } from "./connection.js";
import { $, focusedTestId, focusTestId, setText } from "./dom.js";
import { addLineBreaks, browserHyphenatesDutch, splitsALongWord } from "./linebreaks.js";
import { lazy } from "./lazy.js";
import { render as draw } from "./lit.js";
import { GROUP_KINDS } from "./groupkinds.js";
import { groupwork } from "./grouphost.js";
import { closeMenu } from "./menu.js";
import { effectiveSide, isStuck } from "./outbox.js";
import { hasUnsentChange, sentFor } from "./answering.js";
import { questionView } from "./questions/question.js";
import { codeView, connectingView, loadingView, lobbyView, otherView, sideView } from "./screens.js";
import { currentQuestion, SIDES, state } from "./state.js";
import { storeOrNull } from "./store.js";

function viewName() {
  if (state.entering || !state.code) return "code";
  if (!state.room) return "connecting";
  if (state.pickingSide || !effectiveSide()) return "side";
  if (!state.room.current) return "lobby";
  if (GROUP_KINDS.has(state.room.current.kind)) return groupwork() ? "group" : "loading";
  return state.room.current.kind === "question" ? "question" : "other";
}

export function render() {
  renderStatus();
  renderView();
  renderFeedback();
  renderBar();
}

/** @type {Record<string, () => unknown>} */
const VIEWS = { code: codeView, connecting: connectingView, loading: loadingView, side: sideView, lobby: lobbyView,
  question: questionView, other: otherView };

// Soft hyphens in long words: fetched only by a browser that cannot hyphenate Dutch itself, once a long word is
// drawn over two lines (linebreaks.js). The view is drawn again when they arrive.
const syllables = lazy(() => import("./hyphenate.js").then((m) => m.softHyphens));
function softHyphens(/** @type {HTMLElement} */ view) {
  if (browserHyphenatesDutch()) return null;
  if (!syllables.get() && splitsALongWord(view)) syllables.load();
  return syllables.get();
}

// lit-html renders after whatever the container already holds: the page's static "Even laden…" (shown until
// the script runs) goes once, before the first view, or it would stay above every view.
let staticContentCleared = false;

function renderView() {
  const view = $("view");
  if (!staticContentCleared) {
    view.replaceChildren();
    staticContentCleared = true;
  }
  const name = viewName();
  const gw = groupwork();
  // Keep keyboard focus on the same control when a view is made anew (another question, another screen).
  const active = document.activeElement;
  const focused = focusedTestId(view);
  view.dataset.view = name;
  // A form (every type but a single choice) flows from the top, its confirmation right under "Versturen".
  if (name === "group" || (name === "question" && !isTapType(currentQuestion()))) view.dataset.form = ""; else delete view.dataset.form;
  draw(name === "group" && gw ? gw.view() : VIEWS[name](), view);
  addLineBreaks(view, softHyphens(view));
  if (active instanceof HTMLElement && view.contains(active)) {
    // Moved (a ranking's item) rather than made anew: it keeps the focus it had.
    if (document.activeElement !== active && !(/** @type {HTMLButtonElement} */ (active).disabled)) active.focus({ preventScroll: true });
  } else if (focused && !view.contains(document.activeElement)) focusTestId(view, focused);
  gw?.afterRender(view);
}

function renderFeedback() {
  const confirmation = $("confirmation");
  const name = viewName();
  const question = name === "question" ? currentQuestion() : null;
  const sent = question ? sentFor(question.id) : null;
  const open = state.room?.current?.phase === "open";
  let text = "";
  if (name === "group") text = groupwork()?.feedback() ?? "";
  else if (sent && !sent.confirmed) text = "Versturen…";
  else if (question && sent && open && hasUnsentChange(question)) text = "Je vorige antwoord is ontvangen. Tik op Versturen om je wijziging door te geven.";
  else if (sent && open && typeOf(question) === "openText" && question?.moderated !== false) {
    text = "✓ Ontvangen. De begeleider bekijkt de antwoorden voor ze op het scherm komen.";
  } else if (sent && open) text = "✓ Ontvangen. Je kan je antwoord wijzigen zolang de vraag open is.";
  else if (sent) text = "✓ Je antwoord is ontvangen.";
  setText(confirmation, text);
  confirmation.classList.toggle("is-done", text.startsWith("✓"));
  setText($("error"), state.error ?? "");
}

function renderStatus() {
  const status = $("status");
  // No connection yet, or the code was refused: the code form speaks for itself.
  if (!connectionKnown() || !state.code) { status.hidden = true; return; }
  const outbox = storeOrNull()?.outbox ?? [];
  const waiting = outbox.length;
  const onlyAnswers = outbox.every((i) => i.method === "answer" || i.method === "chooseSide");
  const waitingText = waiting === 1 ? `1 ${onlyAnswers ? "antwoord" : "wijziging"} wacht om verstuurd te worden.`
    : `${waiting} ${onlyAnswers ? "antwoorden" : "wijzigingen"} wachten om verstuurd te worden.`;
  let text, kind;
  if (isReady()) {
    // While connected an answer leaves at once ("Versturen…"); only a stuck outbox deserves the bar.
    [text, kind] = waiting && isStuck() ? [waitingText, "waiting"] : ["Verbonden", "ok"];
  } else if (!state.everJoined && !hasRetried()) {
    [text, kind] = ["Verbinden…", "busy"];
  } else {
    text = "Verbinding verbroken — we proberen opnieuw…" + (waiting ? `\n${waitingText}` : "");
    kind = "offline";
  }
  status.hidden = false;
  status.className = `status status--${kind}`;
  if (status.textContent !== text) status.textContent = text;
}

function renderBar() {
  const room = state.room;
  const joined = Boolean(room) && !state.entering;
  $("bar").hidden = !joined;
  if (!room || !joined) { closeMenu(); return; }
  $("bar-code").textContent = `Code ${state.code}`;
  $("title").textContent = [room.workshopTitle, room.municipality].filter(Boolean).join(" · ") || "Beleidsdag";
  $("menu-code").textContent = state.code;
  const side = SIDES.find((s) => s.code === effectiveSide());
  $("menu-side").textContent = side ? `${side.label} (${side.description})` : "nog niet gekozen";
  const group = groupwork()?.menu() ?? { inExercise: false, groupName: null };
  $("menu-group-line").hidden = !group.inExercise;
  $("menu-group").textContent = group.groupName ?? "nog niet gekozen";
  $("change-group").hidden = !group.inExercise;
  $("change-group").textContent = group.groupName ? "Andere groep kiezen" : "Groep kiezen";
}
