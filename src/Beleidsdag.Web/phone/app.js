// The participant page: join with the code on the screen, pick a side, answer what is on screen.
// Protocol: docs/protocol.md (participant hub). Every submission goes through an outbox in localStorage
// and leaves it only on an Ack, so a lock screen, a reload or a Wi-Fi drop loses nothing.
// The group exercise, the prioritisation and the consent round live in groupwork.js, loaded only when
// one of them starts (the first screen stays light on a slow Wi-Fi); a revealed question's results in results.js.

import { checkAnswer, contentOf, formShape, isPlainObject, isTapType, maxChoicesOf, MAX_WORDS, optionIdsOf, payloadFor, plural,
  POINTS, scaleOf, shorten, TEXT_LENGTH, tooManyWords, typeOf, WORD_LENGTH } from "./answers.js";
import { GROUP_CODES, GROUP_KINDS, GROUP_METHODS } from "./groupkinds.js";
import { createResults } from "./results.js";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;
// The hub's maximum message size is 8 KB; a bigger message closes the connection and, left in the
// outbox, would close every connection after it too.
const MAX_MESSAGE_BYTES = 8000;
const PERMANENT_CODES = new Set(["unknown-question", "question-not-open", "unknown-option",
  "wrong-number-of-options", "side-required", "invalid-request", "too-many-options", "scale-incomplete",
  "value-out-of-range", "too-many-words", "word-too-long", "text-too-long", "text-empty",
  "ranking-incomplete", "points-not-hundred", "exclusive-option", "participant-removed", ...GROUP_CODES]);
// "Not now": the phone keeps what it has and tries again later, with backoff (docs/protocol.md). A code the
// page does not know is treated the same way in the outbox, never as a reason to drop an answer.
const TRANSIENT_CODES = new Set(["not-joined", "rate-limited", "too-many-joins"]);
const POINTS_STEP = 5;
const MAX_KEPT = 30; // questions whose draft and acknowledged answer the phone keeps
const SIDES = [
  { code: "cbs", label: "CBS/VB", description: "College van burgemeester en schepenen of vast bureau" },
  { code: "mat", label: "MAT", description: "Managementteam" },
  { code: "anders", label: "Anders", description: "Iemand anders (begeleider, gast, …)" },
];

const state = {
  code: null,          // the join code this page is (trying to be) in
  entering: false,     // showing the code input (no code in the path, or the server refused it)
  joinWait: null,      // why the server asked this phone to join a little later (a crowded minute)
  typedCode: "",
  joined: false,       // join succeeded on the current connection
  everJoined: false,
  participantId: null,
  serverSide: null,
  room: null,
  error: null,
  notice: null,        // { questionId, text, kind }: what the last tap on a form could not do ("maximaal 3")
  pickingSide: false,
};
// { token, participantId, seq, outbox: [{ method, key, args }], drafts: { questionId: content },
//   confirmed: { questionId: content } } for state.code.
// A draft is an answer being made but not yet acknowledged: it survives a lock screen and a reload.
// Confirmed is what the server acknowledged; myAnswer (join/getState) only covers the question on screen,
// so this is how the phone still knows its answer when the facilitator goes back to an earlier question.
let store = null;
let connection = null;

// ---- storage -------------------------------------------------------------------------------------

const storeKey = (code) => `beleidsdag:${code}`;

function loadStore(code) {
  try {
    const s = JSON.parse(localStorage.getItem(storeKey(code)));
    if (s && typeof s === "object") {
      // Keep what groupwork.js stores too (werkpunt drafts, dot drafts, the group's QR code).
      return { ...s, token: s.token ?? null, participantId: s.participantId ?? null,
        seq: Number(s.seq) || 0, outbox: Array.isArray(s.outbox) ? s.outbox : [],
        drafts: isPlainObject(s.drafts) ? s.drafts : {}, confirmed: isPlainObject(s.confirmed) ? s.confirmed : {} };
    }
  } catch { /* unreadable: start fresh */ }
  return { token: null, participantId: null, seq: 0, outbox: [], drafts: {}, confirmed: {} };
}

function updateStore(change) {
  change(store);
  try {
    localStorage.setItem(storeKey(state.code), JSON.stringify(store));
  } catch { /* private mode or full: keep going in memory rather than stop answering */ }
}

// ---- small helpers -------------------------------------------------------------------------------

// crypto.randomUUID is missing on http:// LAN addresses (not a secure context); getRandomValues is not.
function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// 500 ms doubling to 10 s, with jitter so sixty phones that lost the same Wi-Fi do not return in step.
function backoff(attempt) {
  const base = Math.min(10000, 500 * 2 ** Math.min(attempt, 5));
  return Math.min(10000, base + Math.random() * base / 2);
}

const cleanCode = (typed) => String(typed ?? "").replace(/[\s-]/g, "").toUpperCase();

function codeProblem(code) {
  if (!code) return "Typ eerst de code die op het scherm staat.";
  if (code.length !== CODE_LENGTH) return `De code heeft ${CODE_LENGTH} tekens. Jij typte er ${code.length}.`;
  if ([...code].some((c) => !ALPHABET.includes(c))) {
    return "Die code klopt niet. Er staat nooit een 0, 1, I, L of O in: kijk nog eens naar het scherm.";
  }
  return null;
}

// The size SignalR's JSON protocol puts on the wire for this invocation (plus its record separator).
function messageBytes(method, args) {
  const frame = { type: 1, invocationId: "999999", target: method, arguments: [args] };
  return new TextEncoder().encode(JSON.stringify(frame)).length + 1;
}

const currentQuestion = () => (state.room?.current?.kind === "question" ? state.room.current.question : null);
const isConnected = () => connection?.state === signalR.HubConnectionState.Connected;
const isReady = () => isConnected() && state.joined;

// A side chosen but not yet acknowledged counts already: the page should not ask twice.
function effectiveSide() {
  const pending = store?.outbox.filter((i) => i.method === "chooseSide").pop();
  return pending ? pending.args.side : state.serverSide;
}

// Order-independent for values, so { a: 1, b: 2 } and { b: 2, a: 1 } are the same answer.
function sameContent(a, b) {
  const canon = (c) => JSON.stringify([c.optionIds, Object.entries(c.values).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)), c.texts]);
  return canon(contentOf(a)) === canon(contentOf(b));
}

// What was sent for this question: the newest submission still in the outbox, else the acknowledged one.
function sentFor(questionId) {
  const pending = store?.outbox.filter((i) => i.method === "answer" && i.args.questionId === questionId).pop();
  if (pending) return { content: contentOf(pending.args), confirmed: false };
  const content = store?.confirmed?.[questionId];
  return content ? { content: contentOf(content), confirmed: true } : null;
}

function emptyForm(question) {
  const c = contentOf(null);
  // A ranking starts in this phone's own shuffled order, so an untouched default never looks like a shared opinion.
  if (typeOf(question) === "ranking") c.optionIds = shuffled(optionIdsOf(question), `${state.participantId}|${question.id}`);
  return formShape(question, c);
}

// The same order for the same phone and question every time (a reload must not reshuffle what is on screen).
function shuffled(ids, seedText) {
  let seed = 2166136261;
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  const random = () => { // mulberry32
    seed = (seed + 0x6D2B79F5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

// A ranking nobody touched yet: sending it means "Deze volgorde klopt".
const isUntouchedRanking = (question) =>
  typeOf(question) === "ranking" && !store?.drafts?.[question.id] && !sentFor(question.id);

// The answer the form shows while the question is open: the draft, else what was sent, else empty.
function workingAnswer(question) {
  const draft = store?.drafts?.[question.id];
  if (draft) return formShape(question, draft);
  const sent = sentFor(question.id);
  return sent ? formShape(question, sent.content) : emptyForm(question);
}

// A question that is not open shows what counts (what was sent), not an unsent change.
function shownAnswer(question, open) {
  const sent = sentFor(question.id);
  return !open && sent ? formShape(question, sent.content) : workingAnswer(question);
}

// The participant changed the answer after sending it.
function hasUnsentChange(question) {
  const sent = sentFor(question.id);
  return Boolean(sent) && !sameContent(payloadFor(question, workingAnswer(question)), payloadFor(question, sent.content));
}

// Keeps content per question in the store (drafts or confirmed), the newest MAX_KEPT only.
function remember(kind, questionId, content) {
  updateStore((s) => {
    const kept = (s[kind] ??= {});
    delete kept[questionId]; // re-adding keeps the newest last
    kept[questionId] = content;
    const ids = Object.keys(kept);
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_KEPT))) delete kept[id];
  });
}

const saveDraft = (question, content) => remember("drafts", question.id, content);

// ---- connection ----------------------------------------------------------------------------------

let startTimer = null;
let startAttempt = 0;
let restartNow = false;

function createConnection() {
  const c = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/participant")
    // The default policy gives up after four tries; a phone in a pocket must never give up.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => backoff(ctx.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  c.on("roomChanged", (room) => { applyRoom(room); groupwork?.afterRoomPush(); render(); });
  c.on("groupWorkChanged", (mine) => { applyMine(mine); render(); });
  c.on("resultsChanged", (latest) => { results.apply(latest); render(); });
  c.onreconnecting(() => { state.joined = false; render(); });
  // A reconnect is a new connection to the server: join again, then resend.
  c.onreconnected(() => joinAndSync());
  c.onclose(() => {
    state.joined = false;
    render();
    if (restartNow) { restartNow = false; startAttempt = 0; startConnection(); } else scheduleStart();
  });
  return c;
}

function connect() {
  connection ??= createConnection();
  if (connection.state === signalR.HubConnectionState.Disconnected) startConnection();
  else if (isConnected()) joinAndSync();
}

async function startConnection() {
  clearTimeout(startTimer);
  startTimer = null;
  if (connection.state !== signalR.HubConnectionState.Disconnected) return;
  render();
  try {
    await connection.start();
  } catch {
    // A failed start fires no onclose and no automatic reconnect: retry it ourselves.
    scheduleStart();
    return;
  }
  startAttempt = 0;
  joinAndSync();
}

function scheduleStart() {
  if (startTimer) return;
  startTimer = setTimeout(startConnection, backoff(startAttempt++));
}

// The page came back (screen unlocked, network back, back-forward cache): do not wait for a sleeping timer.
function resume(forceRestart) {
  if (!connection || !state.code) return;
  startAttempt = 0;
  const S = signalR.HubConnectionState;
  if (connection.state === S.Disconnected) {
    startConnection();
  } else if (connection.state === S.Reconnecting || (forceRestart && connection.state === S.Connected)) {
    restartNow = true;
    connection.stop(); // onclose starts again at once
  } else if (connection.state === S.Connected) {
    probe();
  }
}

// After a lock screen a "connected" socket may be dead: ask for the state, restart if nobody answers.
async function probe() {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 5000));
  try {
    const response = await Promise.race([connection.invoke("getState"), timeout]);
    if (response?.ok) { applySnapshot(response); render(); } else joinAndSync();
  } catch (err) {
    if (err?.message === "timeout" && isConnected()) { restartNow = true; connection.stop(); }
  }
}

// ---- join and snapshot ---------------------------------------------------------------------------

let joinInFlight = null;
let joinAttempt = 0;

function joinAndSync() {
  joinInFlight ??= join().finally(() => { joinInFlight = null; });
  return joinInFlight;
}

async function join() {
  if (!state.code || !isConnected()) return;
  let response;
  try {
    response = await connection.invoke("join", { code: state.code, token: store.token ?? null });
  } catch {
    // The connection dropped (then onreconnected joins again), or the call failed: try again later.
    if (isConnected()) setTimeout(joinAndSync, backoff(joinAttempt++));
    return;
  }
  if (!response || TRANSIENT_CODES.has(response.code)) {
    // Rate-limited, or many new participants at once from this network: wait calmly, then try again.
    state.joinWait = response?.message || null;
    if (state.entering) { state.entering = false; state.error = null; } // a typed code: show the wait, not the form
    render();
    setTimeout(joinAndSync, backoff(joinAttempt++));
    return;
  }
  if (response.code === "already-joined") {
    // This connection holds someone else (another code was joined on it): a fresh connection may make a new one.
    restartNow = true;
    connection.stop();
    return;
  }
  if (!response.ok) {
    refuseCode(response);
    return;
  }
  joinAttempt = 0;
  state.joinWait = null;
  updateStore((s) => {
    if (response.token) s.token = response.token;
    s.participantId = response.participantId;
    // Stay above the server's last seq, or a fresh answer would count as older than the stored one.
    s.seq = Math.max(s.seq, response.myAnswer?.seq ?? 0);
  });
  if (state.entering) state.error = null;
  state.joined = state.everJoined = true;
  state.entering = false;
  applySnapshot(response);
  if (location.pathname !== `/j/${state.code}`) history.replaceState(null, "", `/j/${state.code}`);
  render();
  flushOutbox();
}

function refuseCode(response) {
  state.error = response?.message || "Deze code kennen we niet. Kijk nog eens naar het scherm.";
  // Removed by the facilitator: this token is done. Typing the code again makes a new participant.
  if (response?.code === "participant-removed") localStorage.removeItem(storeKey(state.code));
  state.typedCode = state.code;
  state.code = null;
  store = null;
  state.entering = true;
  state.room = null;
  render();
}

function applySnapshot(response) {
  state.participantId = response.participantId;
  state.serverSide = response.side ?? null;
  applyRoom(response.room);
  applyMine(response.mine);
  results.apply(response.results);
  const question = currentQuestion();
  if (!question) return;
  const mine = response.myAnswer;
  // The server knows best for the question on screen.
  if (mine && mine.questionId === question.id) remember("confirmed", question.id, contentOf(mine));
  else if (store.confirmed?.[question.id]) updateStore((s) => { delete s.confirmed[question.id]; });
}

let editRefreshTimer = null;

function applyRoom(room) {
  const before = currentQuestion()?.id;
  const beforeQuestion = JSON.stringify(currentQuestion());
  const beforeActivity = state.room?.current?.activityId;
  state.room = room;
  if (room?.blanked) results.apply(null); // a blank screen shows no results; the unblank brings them again
  // The facilitator edited the question on screen: an answer that no longer fits was dropped on the server
  // (docs/rules.md), so ask for this phone's answer again, spread over a moment so sixty phones do not ask at once.
  if (currentQuestion() && currentQuestion().id === before && JSON.stringify(currentQuestion()) !== beforeQuestion) {
    clearTimeout(editRefreshTimer);
    editRefreshTimer = setTimeout(() => { if (isReady()) probe(); }, 150 + Math.random() * 600);
  }
  if (currentQuestion()?.id !== before) state.error = state.notice = null; // an old error belongs to the old question
  if (room?.current?.activityId !== beforeActivity) state.error = null;
  if (groupwork) groupwork.onRoom(beforeActivity);
  else if (GROUP_KINDS.has(room?.current?.kind)) loadGroupwork().catch(() => {});
  document.title = room?.workshopTitle ? `${room.workshopTitle} · Beleidsdag` : "Beleidsdag";
}

// ---- outbox --------------------------------------------------------------------------------------

let flushing = false;
let flushTimer = null;
let flushAttempt = 0;
let storageMessage = null; // the server could not store: shown until an item goes through

function enqueue(method, args) {
  if (messageBytes(method, args) >= MAX_MESSAGE_BYTES) {
    state.error = "Dit bericht is te groot om te versturen.";
    return false;
  }
  updateStore((s) => {
    if (method === "answer" || method === "spendDots") s.seq = args.seq; // one counter for both
    s.outbox.push({ method, key: args.key, args });
  });
  return true;
}

// Sends the outbox in order, one at a time, so a newer answer never overtakes an older one.
async function flushOutbox() {
  if (flushing || !isReady()) return;
  flushing = true;
  let rejoin = false;
  try {
    for (let item = store.outbox[0]; item && isReady(); item = store?.outbox[0]) {
      const ack = await connection.invoke(item.method, item.args);
      if (ack?.code === "not-joined") { rejoin = true; break; }
      if (ack?.code === "storage-unavailable") { state.error = storageMessage = ack.message; throw new Error(ack.code); } // kept, sent again later
      if (storageMessage && state.error === storageMessage) state.error = storageMessage = null; // stored now
      if (!ack || TRANSIENT_CODES.has(ack.code) || (!ack.ok && !PERMANENT_CODES.has(ack.code))) throw new Error(`not now: ${ack?.code}`);
      if (GROUP_METHODS.has(item.method)) await loadGroupwork(); // sent before a reload: settled by its module
      settle(item, ack);
      flushAttempt = 0;
      render();
    }
  } catch {
    // Rate-limited or disconnected: the item stays. A reconnect flushes again; still connected, try later.
    if (isReady() && !flushTimer) {
      flushTimer = setTimeout(() => { flushTimer = null; flushOutbox(); }, backoff(flushAttempt++));
    }
  } finally {
    flushing = false;
    render();
  }
  if (rejoin) {
    state.joined = false;
    setTimeout(joinAndSync, backoff(joinAttempt++)); // join flushes again when it succeeds
  }
}

function settle(item, ack) {
  // Remove by the key we sent: if the Ack echoed another, the item would otherwise be resent forever.
  updateStore((s) => { s.outbox = s.outbox.filter((i) => i.key !== item.key); });
  if (GROUP_METHODS.has(item.method)) {
    groupwork.settle(item, ack);
    return;
  }
  if (ack.ok) {
    if (item.method === "chooseSide") state.serverSide = item.args.side;
    else if (ack.superseded) probe(); // a newer answer (another tab?) won: ask which one counts
    else acknowledged(item.args);
    return;
  }
  state.error = ack.message || "Dat is niet gelukt.";
  if (ack.code === "side-required") state.serverSide = null; // shows the side picker
  if (ack.code === "participant-removed") { state.joined = false; joinAndSync(); } // the join says so, and forgets the token
}

// The answer is stored: it counts now, and a draft that says the same is no longer needed.
function acknowledged(args) {
  const content = contentOf(args);
  remember("confirmed", args.questionId, content);
  const draft = store.drafts?.[args.questionId];
  if (!draft) return;
  const question = currentQuestion()?.id === args.questionId ? currentQuestion() : null;
  // Without the question at hand, compare roughly (trimmed, empty words left out).
  const rough = (c) => ({ ...contentOf(c), texts: contentOf(c).texts.map((t) => t.trim()).filter(Boolean) });
  const same = question ? sameContent(payloadFor(question, draft), payloadFor(question, content)) : sameContent(rough(draft), rough(content));
  if (same) updateStore((s) => { delete s.drafts[args.questionId]; });
}

// Every answer leaves the same way: into the outbox with a new key and the next seq, then sent in order.
function sendAnswer(question, payload) {
  state.error = state.notice = null;
  const args = { questionId: question.id, optionIds: payload.optionIds, values: payload.values, texts: payload.texts,
    key: newKey(), seq: store.seq + 1 };
  if (enqueue("answer", args)) flushOutbox();
}

function chooseAnswer(question, option) {
  if (state.room?.current?.phase !== "open") return;
  if (sentFor(question.id)?.content.optionIds[0] === option.id) return; // already chosen: nothing new to say
  sendAnswer(question, { optionIds: [option.id], values: {}, texts: [] });
  render();
}

// The "Versturen" button of every other type.
function submitAnswer(question) {
  if (state.room?.current?.phase !== "open") return;
  const answer = workingAnswer(question);
  const check = checkAnswer(question, answer);
  if (!check.ok) {
    state.notice = check.text ? { questionId: question.id, text: check.text, kind: check.kind } : null;
    render();
    return;
  }
  // Close the keyboard so the confirmation under the button is seen.
  if (["wordCloud", "openText", "points"].includes(typeOf(question))) document.activeElement?.blur?.();
  sendAnswer(question, payloadFor(question, answer));
  render();
}

// A change on the form: kept as a draft at once, sent only with "Versturen".
function editAnswer(question, content) {
  if (state.room?.current?.phase !== "open") return;
  state.error = state.notice = null;
  saveDraft(question, content);
  render();
}

function notify(question, text, kind = "error") {
  state.notice = { questionId: question.id, text, kind };
  render();
}

function chooseSide(side) {
  state.pickingSide = false;
  state.error = null;
  if (side !== effectiveSide() && enqueue("chooseSide", { side, key: newKey() })) flushOutbox();
  render();
}

function submitCode(typed) {
  state.typedCode = typed;
  const code = cleanCode(typed);
  state.error = codeProblem(code);
  if (!state.error) {
    state.code = code;
    store = loadStore(code);
    connect();
  }
  render();
}

// ---- rendering -----------------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

// Builds an element; strings become text nodes, so text from the server is never parsed as HTML.
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
    else if (name === "class") el.className = value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  el.append(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

function viewName() {
  if (state.entering || !state.code) return "code";
  if (!state.room) return "connecting";
  if (state.pickingSide || !effectiveSide()) return "side";
  if (!state.room.current) return "lobby";
  if (GROUP_KINDS.has(state.room.current.kind)) return groupwork ? "group" : "loading";
  return state.room.current.kind === "question" ? "question" : "other";
}

function render() {
  renderStatus();
  renderView();
  renderFeedback();
  renderBar();
}

function renderView() {
  const view = $("view");
  const name = viewName();
  if (name === "code" && view.dataset.view === "code") {
    updateCodeView(); // rebuilding would disturb someone who is typing
    return;
  }
  if (name === "group") {
    questionBuild = null;
    groupwork.render(view); // builds once, then updates in place like a question
    return;
  }
  if (name === "question" && view.dataset.view === "question" && questionBuild?.signature === questionSignature()) {
    questionBuild.update(); // the same question: update in place, never take the text from under a thumb
    return;
  }
  // Keep keyboard focus on the same control across a rebuild.
  const focused = view.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
  const build = { code: codeView, connecting: connectingView, loading: () => [h("p", { class: "lead" }, "Even laden…")], side: sideView, lobby: lobbyView,
    question: questionView, other: otherView }[name];
  questionBuild = null;
  const nodes = build().filter(Boolean);
  // The same words and buttons as on the page already: leave them. A rebuild between a thumb's touch and its
  // release swallows the tap, and right after joining a phone hears several pushes in a row.
  if (name !== "question" && view.dataset.view === name && view.innerHTML === nodes.map((n) => n.outerHTML).join("")) return;
  view.dataset.view = name;
  // A form (every type but a single choice) flows from the top, its confirmation right under "Versturen".
  if (name === "question" && !isTapType(currentQuestion())) view.dataset.form = ""; else delete view.dataset.form;
  view.replaceChildren(...nodes);
  if (name === "code") updateCodeView();
  questionBuild?.update();
  if (focused) view.querySelector(`[data-testid="${CSS.escape(focused)}"]`)?.focus();
}

function codeView() {
  return [
    h("h1", { class: "heading" }, "Doe mee"),
    h("form", { class: "code-form", novalidate: true, onsubmit: (e) => { e.preventDefault(); submitCode($("code-input").value); } },
      h("label", { for: "code-input", class: "code-label" }, "Typ de code die op het scherm staat"),
      h("input", { id: "code-input", class: "code-input", "data-testid": "code-input", type: "text",
        inputmode: "text", autocomplete: "off", autocapitalize: "characters", autocorrect: "off",
        spellcheck: "false", maxlength: "20", enterkeyhint: "go", "aria-describedby": "error" }),
      h("button", { id: "join-button", class: "big big--primary", type: "submit", "data-testid": "join-button" }, "Deelnemen")),
  ];
}

function updateCodeView() {
  const input = $("code-input");
  if (!input.value && state.typedCode) input.value = state.typedCode;
  input.setAttribute("aria-invalid", state.error ? "true" : "false");
  const busy = Boolean(state.code); // a code is being tried
  $("join-button").disabled = busy;
  $("join-button").textContent = busy ? "Even geduld…" : "Deelnemen";
}

const connectingView = () => [h("p", { class: "lead" }, "Verbinden met de zaal…"),
  state.joinWait && h("p", { class: "hint", "data-testid": "join-wait" }, state.joinWait)];

// The server writes its anonymity minimum into the page (docs/rules.md, MinimumPerSide); 3 is the default.
function minimumPerSide() {
  const minimum = Number.parseInt(document.body.dataset.minimumPerSide ?? "", 10);
  return Number.isInteger(minimum) && minimum > 0 ? minimum : 3;
}

function sideView() {
  const current = effectiveSide();
  return [
    h("h1", { class: "heading" }, "Van welke kant ben je?"),
    h("p", { class: "hint" }, current
      // docs/rules.md: a side the room has seen figures of stays where it was counted.
      ? "Je antwoorden op vragen waarvan de resultaten al getoond zijn, blijven bij de kant waarmee je ze gaf."
      : "Zo zien we hoe CBS/VB en MAT elk antwoorden."),
    h("p", { class: "hint", "data-testid": "anonymity" },
      `Je antwoorden zijn anoniem: een kant wordt pas apart getoond als minstens ${minimumPerSide()} mensen van die kant antwoordden.`),
    h("div", { class: "choices" },
      SIDES.map((s) => h("button", { type: "button", class: `big side${s.code === current ? " is-selected" : ""}`,
        "data-testid": `side-${s.code}`, "aria-pressed": String(s.code === current), onclick: () => chooseSide(s.code) },
        h("span", { class: "side__label" }, s.label), h("span", { class: "side__description" }, s.description))),
      current && h("button", { type: "button", class: "big big--quiet",
        onclick: () => { state.pickingSide = false; render(); } }, "Annuleren")),
  ];
}

function lobbyView() {
  return [
    h("p", { class: "eyebrow" }, state.room.workshopTitle),
    h("h1", { class: "heading" }, "Je bent binnen."),
    h("p", { class: "lead" }, "Wacht op de eerste vraag."),
  ];
}

// ---- the question and its form, per type ---------------------------------------------------------
// A question's view is built once and then updated in place: an ack, a room change or the status line
// must not take the text from under someone typing, close the keyboard or scroll the page.

let questionBuild = null; // { signature, update } of the question view on the page

function questionSignature() {
  const current = state.room.current;
  return JSON.stringify([current.activityId, current.position, current.count, current.question]);
}

function questionView() {
  const current = state.room.current;
  const question = current.question;
  const notes = h("p", { class: "note", role: "status", "data-testid": "question-note" });
  const form = ({ multipleChoice: multipleForm, scale: scaleForm, wordCloud: wordsForm, openText: textForm,
    ranking: rankingForm, points: pointsForm }[typeOf(question)] ?? tapForm)(question);
  questionBuild = {
    signature: questionSignature(),
    update() {
      const now = state.room.current;
      const open = now.phase === "open";
      const texts = [];
      if (now.phase === "notOpened") texts.push("De vraag is nog niet geopend.");
      if (now.phase === "closed") texts.push("De stemming is gesloten.");
      // Until the first push arrives (within a second of the reveal) the screen has them already.
      if (now.revealed && !results.shownFor(now)) texts.push("De resultaten staan op het scherm.");
      setText(notes, texts.join(" "));
      form.update(open, shownAnswer(question, open));
      results.update(now);
    },
  };
  return [
    h("p", { class: "eyebrow" }, `${current.position} / ${current.count}`),
    h("h1", { class: "question" }, question.text),
    notes,
    ...form.nodes,
    // Under the form, so a push never moves a button from under a thumb.
    results.node(),
  ];
}

function setPressed(button, pressed, disabled) {
  button.classList.toggle("is-selected", pressed);
  button.setAttribute("aria-pressed", String(pressed));
  button.disabled = disabled;
}

// Replaces a field's value only when the participant is not typing in it (another tab, a snapshot).
function setValue(input, value) {
  if (input !== document.activeElement && input.value !== value) input.value = value;
}

// The hint or problem above "Versturen", and the button itself.
function submitArea(question) {
  const message = h("p", { class: "form-message", "data-testid": "form-message", "aria-live": "polite" });
  const button = h("button", { type: "button", class: "big big--primary submit", "data-testid": "submit",
    onclick: () => submitAnswer(question) }, "Versturen");
  return {
    nodes: [message, button],
    update(open, answer) {
      const check = checkAnswer(question, answer);
      const notice = state.notice?.questionId === question.id ? state.notice : null;
      const shown = open ? (notice ?? (check.text ? check : null)) : null;
      setText(message, shown?.text ?? "");
      message.className = `form-message form-message--${shown?.kind ?? "hint"}`;
      const sent = sentFor(question.id);
      const unchanged = Boolean(sent) && !hasUnsentChange(question);
      button.disabled = !open || !check.ok || unchanged;
      const label = unchanged ? (sent.confirmed ? "✓ Verstuurd" : "Versturen…") : isUntouchedRanking(question) ? "Deze volgorde klopt" : "Versturen";
      if (button.textContent !== label) button.textContent = label;
    },
  };
}

// singleChoice, yesNo: one big button per option; a tap sends.
function tapForm(question) {
  const buttons = question.options.map((o) => h("button", { type: "button", class: "big option",
    "data-testid": `option-${o.id}`, onclick: () => chooseAnswer(question, o) }, o.label));
  return {
    nodes: [h("div", { class: "choices", role: "group", "aria-label": "Antwoorden" }, buttons)],
    update(open) {
      const selected = sentFor(question.id)?.content.optionIds[0];
      question.options.forEach((o, i) => setPressed(buttons[i], o.id === selected, !open));
    },
  };
}

// multipleChoice: toggle buttons, at most maxChoices, then "Versturen".
function multipleForm(question) {
  const max = maxChoicesOf(question);
  const unlimited = max >= question.options.length;
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const toggle = (id) => {
    const before = workingAnswer(question).optionIds;
    const answer = (ids) => editAnswer(question, { optionIds: optionIdsOf(question).filter((x) => ids.includes(x)), values: {}, texts: [] });
    if (before.includes(id)) return answer(before.filter((x) => x !== id));
    // "Geen van deze" and a real choice say opposite things: the newest tap wins, and the phone says so.
    const clash = before.length > 0 && (exclusive.has(id) || before.some((x) => exclusive.has(x)));
    const kept = clash ? [] : before;
    if (kept.length >= max) return notify(question, `Je kan maximaal ${max} antwoorden kiezen.`);
    answer([...kept, id]);
    if (clash) notify(question, exclusive.has(id) ? "De andere keuzes zijn weggehaald: dit antwoord sluit ze uit." : "Je vorige keuze sloot andere antwoorden uit en is weggehaald.", "info");
  };
  const buttons = question.options.map((o) => h("button", { type: "button", class: "big option toggle",
    "data-testid": `option-${o.id}`, onclick: () => toggle(o.id) },
  h("span", { class: "toggle__box", "aria-hidden": "true" }), h("span", { class: "toggle__label" }, o.label)));
  const counter = h("p", { class: "counter", id: "choice-count", "data-testid": "choice-count" });
  const submit = submitArea(question);
  return {
    nodes: [
      h("p", { class: "hint", "data-testid": "choice-rule" }, unlimited ? "Kies er zoveel je wil." : `Kies er maximaal ${max}.`),
      h("div", { class: "choices", role: "group", "aria-label": "Antwoorden", "aria-describedby": "choice-count" }, buttons),
      h("div", { class: "form-foot" }, counter, ...submit.nodes),
    ],
    update(open, answer) {
      question.options.forEach((o, i) => setPressed(buttons[i], answer.optionIds.includes(o.id), !open));
      const n = answer.optionIds.length;
      setText(counter, unlimited ? `${n} gekozen` : `${n} van ${max} gekozen`);
      submit.update(open, answer);
    },
  };
}

// scale: per statement (the options) a row of round buttons min..max, the labels under both ends.
function scaleForm(question) {
  const { min, max, lowLabel, highLabel } = scaleOf(question);
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
  // Up to 7 fit in one row at 390 px; 1–10 becomes two rows of 5, so no target gets smaller than a thumb.
  const columns = values.length <= 7 ? values.length : Math.ceil(values.length / 2);
  const wrapped = columns < values.length;
  const pick = (statementId, value) => {
    const answer = workingAnswer(question);
    editAnswer(question, { ...answer, values: { ...answer.values, [statementId]: value } });
  };
  const spoken = (v) => (v === min ? `${v}, ${lowLabel}` : v === max ? `${v}, ${highLabel}` : String(v));
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
    nodes: [h("div", { class: "form" }, statements.map((s) => s.el)), h("div", { class: "form-foot" }, ...submit.nodes)],
    update(open, answer) {
      for (const s of statements) {
        s.buttons.forEach((b, i) => setPressed(b, answer.values[s.id] === values[i], !open));
        s.el.classList.toggle("is-answered", answer.values[s.id] != null);
      }
      submit.update(open, answer);
    },
  };
}

// wordCloud: up to three boxes, each a word or a phrase of up to three words.
function wordsForm(question) {
  const inputs = [];
  const changed = () => editAnswer(question, { optionIds: [], values: {}, texts: inputs.map((i) => i.value) });
  for (let i = 0; i < MAX_WORDS; i++) {
    inputs.push(h("input", { class: "text-input word", type: "text", "data-testid": `word-${i}`,
      maxlength: String(WORD_LENGTH), autocomplete: "off", autocapitalize: "none", autocorrect: "off",
      enterkeyhint: i < MAX_WORDS - 1 ? "next" : "send", placeholder: `Woord ${i + 1}`, "aria-label": `Woord ${i + 1}`,
      oninput: changed,
      onkeydown: (e) => {
        if (e.key !== "Enter") return;
        e.preventDefault();
        if (i < MAX_WORDS - 1) inputs[i + 1].focus(); else submitAnswer(question);
      } }));
  }
  const submit = submitArea(question);
  return {
    nodes: [
      h("p", { class: "hint" }, `Typ tot ${MAX_WORDS} woorden, één per vakje. Een korte woordgroep mag ook.`),
      h("div", { class: "form words" }, inputs),
      h("div", { class: "form-foot" }, ...submit.nodes),
    ],
    update(open, answer) {
      inputs.forEach((input, i) => {
        setValue(input, answer.texts[i]);
        input.disabled = !open;
        input.setAttribute("aria-invalid", String(tooManyWords(answer.texts[i])));
      });
      submit.update(open, answer);
    },
  };
}

// openText: one text of at most 500 characters.
function textForm(question) {
  const area = h("textarea", { class: "text-input open-text", "data-testid": "open-text", id: "open-text",
    maxlength: String(TEXT_LENGTH), rows: "6", "aria-label": "Je antwoord", "aria-describedby": "open-text-count",
    placeholder: "Typ hier je antwoord",
    oninput: () => editAnswer(question, { optionIds: [], values: {}, texts: [area.value] }) });
  const count = h("p", { class: "text-count", id: "open-text-count", "data-testid": "open-text-count" });
  const submit = submitArea(question);
  return {
    nodes: [h("div", { class: "form" }, area, count), h("div", { class: "form-foot" }, ...submit.nodes)],
    update(open, answer) {
      setValue(area, answer.texts[0]);
      area.disabled = !open;
      const length = area.value.length;
      setText(count, `${length} / ${TEXT_LENGTH}`);
      count.classList.toggle("is-near", length >= TEXT_LENGTH - 50);
      submit.update(open, answer);
    },
  };
}

// ranking: every option, best first; big ↑ / ↓ buttons (one thumb, no dragging needed).
function rankingForm(question) {
  const items = new Map();
  const label = (id) => question.options.find((o) => o.id === id)?.label ?? id;
  const move = (id, delta) => {
    if (state.room?.current?.phase !== "open") return;
    const order = [...workingAnswer(question).optionIds];
    const from = order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to], order[from]];
    state.error = null;
    saveDraft(question, { optionIds: order, values: {}, texts: [] });
    state.notice = { questionId: question.id, text: `“${shorten(label(id), 60)}” staat nu op plaats ${to + 1}.`, kind: "info" };
    render();
    const item = items.get(id);
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
      h("div", { class: "form-foot" }, ...submit.nodes),
    ],
    update(open, answer) {
      const active = document.activeElement;
      answer.optionIds.forEach((id, i) => {
        const item = items.get(id);
        if (list.children[i] !== item.li) list.insertBefore(item.li, list.children[i] ?? null);
        item.number.textContent = String(i + 1);
        item.up.disabled = !open || i === 0;
        item.down.disabled = !open || i === answer.optionIds.length - 1;
      });
      if (active && list.contains(active) && document.activeElement !== active && !active.disabled) active.focus({ preventScroll: true });
      submit.update(open, answer);
    },
  };
}

// points: spread exactly 100 over the options; never below 0, never above 100 in total.
function pointsForm(question) {
  const spent = (answer) => Object.values(answer.values).reduce((a, b) => a + b, 0);
  const tooMuch = (free, mayHold) => (free <= 0
    ? "Je hebt geen punten meer over. Neem eerst punten weg bij een ander antwoord."
    : `Je hebt nog maar ${plural(free, "punt", "punten")}.${mayHold > free ? ` Hier kan maximaal ${mayHold}.` : ""}`);
  const step = (id, delta) => {
    const answer = workingAnswer(question);
    const free = POINTS - spent(answer);
    const current = answer.values[id];
    if (delta > 0 && free <= 0) return notify(question, tooMuch(free, current));
    editAnswer(question, { ...answer, values: { ...answer.values, [id]: Math.max(0, current + Math.min(delta, free)) } });
    if (delta > free) notify(question, tooMuch(free, current + free));
  };
  const typed = (id, input) => {
    const answer = workingAnswer(question);
    const free = POINTS - spent(answer);
    const mayHold = answer.values[id] + Math.max(0, free);
    const digits = input.value.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
    let value = digits === "" ? 0 : Number(digits);
    const over = value > mayHold;
    if (over) value = mayHold;
    const shown = digits === "" ? "" : String(value);
    if (input.value !== shown) input.value = shown; // only digits, and never more than there is
    editAnswer(question, { ...answer, values: { ...answer.values, [id]: value } });
    if (over) notify(question, tooMuch(free, mayHold));
  };
  const left = h("p", { class: "points-left", "data-testid": "points-left", "aria-live": "polite" });
  const rows = question.options.map((o, index) => {
    const inputId = `points-input-${index}`;
    const input = h("input", { id: inputId, class: "points__input", type: "text", inputmode: "numeric",
      pattern: "[0-9]*", maxlength: "3", autocomplete: "off", "data-testid": `points-${o.id}`,
      oninput: () => typed(o.id, input),
      onfocus: () => setTimeout(() => input.select(), 0), // typing replaces the number
      onblur: () => { if (input.value === "") input.value = "0"; },
      onkeydown: (e) => { if (e.key === "Enter") { e.preventDefault(); input.blur(); } } });
    const minus = h("button", { type: "button", class: "points__step", "data-testid": `points-minus-${o.id}`,
      "aria-label": `${o.label}: ${POINTS_STEP} punten minder`, onclick: () => step(o.id, -POINTS_STEP) }, "−");
    const plus = h("button", { type: "button", class: "points__step", "data-testid": `points-plus-${o.id}`,
      "aria-label": `${o.label}: ${POINTS_STEP} punten meer`, onclick: () => step(o.id, POINTS_STEP) }, "+");
    const el = h("div", { class: "points__row", "data-testid": `points-row-${o.id}` },
      h("label", { class: "points__label", for: inputId }, o.label),
      h("div", { class: "points__controls" }, minus, input, plus));
    return { id: o.id, el, input, minus, plus };
  });
  const submit = submitArea(question);
  return {
    nodes: [left, h("div", { class: "form points" }, rows.map((r) => r.el)), h("div", { class: "form-foot" }, ...submit.nodes)],
    update(open, answer) {
      const free = POINTS - spent(answer);
      for (const r of rows) {
        const value = answer.values[r.id];
        // An emptied field stays empty while the participant types in it (it counts as 0).
        if (!(r.input === document.activeElement && r.input.value === "" && value === 0)) setValue(r.input, String(value));
        r.input.disabled = !open;
        r.minus.disabled = !open || value <= 0;
        r.plus.disabled = !open;
        r.plus.classList.toggle("is-spent", free <= 0);
        r.el.classList.toggle("has-points", value > 0);
      }
      setText(left, free === 0 ? `Alle ${POINTS} punten verdeeld ✓`
        : free > 0 ? `Nog ${plural(free, "punt", "punten")} te verdelen` : `${plural(-free, "punt", "punten")} te veel verdeeld`);
      left.hidden = false;
      left.classList.toggle("is-done", free === 0);
      submit.update(open, answer);
    },
  };
}

// An info slide (kind "info") names its title, so the phone shows which slide the room is on; any kind this
// page does not know yet lands here too, calmly.
function otherView() {
  const current = state.room.current;
  return [
    current.kind === "info" && current.title ? h("p", { class: "eyebrow", "data-testid": "info-title" }, current.title) : null,
    h("h1", { class: "heading" }, "Kijk naar het scherm"),
    h("p", { class: "lead" }, current.kind === "info" ? "De begeleider licht iets toe." : "Hier hoef je nu niets te doen."),
  ];
}

function renderFeedback() {
  const confirmation = $("confirmation");
  const question = viewName() === "question" ? currentQuestion() : null;
  const sent = question ? sentFor(question.id) : null;
  const open = state.room?.current?.phase === "open";
  let text = "";
  if (viewName() === "group") text = groupwork.feedback() ?? "";
  else if (sent && !sent.confirmed) text = "Versturen…";
  else if (sent && open && hasUnsentChange(question)) text = "Je vorige antwoord is ontvangen. Tik op Versturen om je wijziging door te geven.";
  else if (sent && open && typeOf(question) === "openText" && question.moderated !== false) {
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
  if (!connection || !state.code) { status.hidden = true; return; }
  const waiting = store?.outbox.length ?? 0;
  const onlyAnswers = (store?.outbox ?? []).every((i) => i.method === "answer" || i.method === "chooseSide");
  const waitingText = waiting === 1 ? `1 ${onlyAnswers ? "antwoord" : "wijziging"} wacht om verstuurd te worden.`
    : `${waiting} ${onlyAnswers ? "antwoorden" : "wijzigingen"} wachten om verstuurd te worden.`;
  let text, kind;
  if (isReady()) {
    // While connected an answer leaves at once ("Versturen…"); only a stuck outbox deserves the bar.
    [text, kind] = waiting && flushTimer ? [waitingText, "waiting"] : ["Verbonden", "ok"];
  } else if (!state.everJoined && startAttempt === 0 && connection.state !== signalR.HubConnectionState.Reconnecting) {
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
  const joined = Boolean(state.room) && !state.entering;
  $("bar").hidden = !joined;
  if (!joined) { closeMenu(); return; }
  $("bar-code").textContent = `Code ${state.code}`;
  $("title").textContent = [state.room.workshopTitle, state.room.municipality].filter(Boolean).join(" · ") || "Beleidsdag";
  $("menu-code").textContent = state.code;
  const side = SIDES.find((s) => s.code === effectiveSide());
  $("menu-side").textContent = side ? `${side.label} (${side.description})` : "nog niet gekozen";
  const group = groupwork?.menu() ?? { inExercise: false, groupName: null };
  $("menu-group-line").hidden = !group.inExercise;
  $("menu-group").textContent = group.groupName ?? "nog niet gekozen";
  $("change-group").hidden = !group.inExercise;
  $("change-group").textContent = group.groupName ? "Andere groep kiezen" : "Groep kiezen";
}

// Setting the same text again would make screen readers repeat it.
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}

// ---- menu ----------------------------------------------------------------------------------------

// A shared tablet at a group table: the next person becomes a new participant (new token, new side).
// What this device still had to send is sent first, so nothing of the previous person is lost.
function startAsNewParticipant() {
  if (store.outbox.length > 0) {
    alert("Er wacht nog iets om verstuurd te worden. Probeer het zo meteen opnieuw.");
    return;
  }
  if (!confirm("Wil je dit toestel doorgeven aan een nieuwe deelnemer? Jij wordt dan afgemeld op dit toestel.")) return;
  localStorage.removeItem(storeKey(state.code));
  location.reload();
}

function openMenu() {
  $("menu").hidden = false;
  $("menu-button").setAttribute("aria-expanded", "true");
  $("change-side").focus();
}

function closeMenu() {
  if ($("menu").hidden) return;
  $("menu").hidden = true;
  $("menu-button").setAttribute("aria-expanded", "false");
}

// ---- start ---------------------------------------------------------------------------------------

function start() {
  if (typeof signalR === "undefined") {
    $("view").replaceChildren(h("p", { class: "lead" }, "De pagina kon niet volledig laden. Herlaad ze even."));
    return;
  }
  $("menu-button").addEventListener("click", openMenu);
  $("menu-close").addEventListener("click", () => { closeMenu(); $("menu-button").focus(); });
  $("menu").addEventListener("click", (e) => { if (e.target === $("menu")) closeMenu(); });
  $("change-side").addEventListener("click", () => { closeMenu(); state.pickingSide = true; render(); });
  $("change-group").addEventListener("click", () => { closeMenu(); groupwork?.pickGroup(); });
  $("new-participant").addEventListener("click", startAsNewParticipant);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeMenu(); });

  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") resume(false); });
  window.addEventListener("online", () => resume(false));
  // A page restored from the back-forward cache keeps a connection object whose socket is gone.
  window.addEventListener("pageshow", (e) => resume(e.persisted));
  // Another tab of the same workshop changed the outbox or the token.
  window.addEventListener("storage", (e) => {
    if (state.code && e.key === storeKey(state.code)) { store = loadStore(state.code); render(); }
  });

  const match = /^\/j\/([^/]+)\/?$/i.exec(location.pathname);
  const fromPath = match ? decodeURIComponent(match[1]) : "";
  if (fromPath && !codeProblem(cleanCode(fromPath))) {
    state.code = cleanCode(fromPath);
    store = loadStore(state.code);
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

const results = createResults({ h, plural });

// The group work's module, once loaded; until then its pushes wait here.
let groupwork = null;
let groupworkLoading = null;
let waitingMine;

function applyMine(mine) {
  if (groupwork) groupwork.applyMine(mine);
  else waitingMine = mine;
}

function loadGroupwork() {
  groupworkLoading ??= import("./groupwork.js").then(({ createGroupwork }) => {
    groupwork = createGroupwork(groupworkApp);
    groupwork.onRoom(undefined); // the room as it is now: its timer, a fresh start
    groupwork.afterRoomPush(); // and this phone's dots and consent there, as after any move to a group item
    if (waitingMine !== undefined) groupwork.applyMine(waitingMine);
    render();
  }, (error) => {
    groupworkLoading = null; // a dropped Wi-Fi: the next room change or flush tries again
    throw error;
  });
  return groupworkLoading;
}

const groupworkApp = {
  state,
  store: () => store,
  updateStore,
  enqueue,
  flushOutbox,
  render,
  refresh: () => { if (isReady()) probe(); },
  isReady,
  newKey,
  h,
  setText,
  setValue,
  plural,
  shorten,
};

// A tiny window for browser tests: what a person would see, without scraping the DOM.
window.beleidsdag = {
  state() {
    const question = currentQuestion();
    const sent = question ? sentFor(question.id) : null;
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
      ...groupwork?.testState(), // groupId, werkpunten, timerLeftMs, dotsLeft, …
    };
  },
};

start();
