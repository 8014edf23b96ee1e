// The participant page: join with the code on the screen, pick a side, answer what is on screen.
// Protocol: docs/protocol.md (participant hub). Every submission goes through an outbox in localStorage
// and leaves it only on an Ack, so a lock screen, a reload or a Wi-Fi drop loses nothing.

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;
// The hub's maximum message size is 8 KB; a bigger message closes the connection and, left in the
// outbox, would close every connection after it too.
const MAX_MESSAGE_BYTES = 8000;
const PERMANENT_CODES = new Set(["unknown-question", "question-not-open", "unknown-option",
  "wrong-number-of-options", "side-required", "invalid-request"]);
const SIDES = [
  { code: "cbs", label: "CBS/VB", description: "College van burgemeester en schepenen of vast bureau" },
  { code: "mat", label: "MAT", description: "Managementteam" },
  { code: "anders", label: "Anders", description: "Iemand anders (begeleider, gast, …)" },
];

const state = {
  code: null,          // the join code this page is (trying to be) in
  entering: false,     // showing the code input (no code in the path, or the server refused it)
  typedCode: "",
  joined: false,       // join succeeded on the current connection
  everJoined: false,
  participantId: null,
  serverSide: null,
  room: null,
  confirmed: {},       // questionId -> optionId the server acknowledged (myAnswer only comes with join/getState)
  error: null,
  pickingSide: false,
};
let store = null;      // { token, participantId, seq, outbox: [{ method, key, args }] } for state.code
let connection = null;

// ---- storage -------------------------------------------------------------------------------------

const storeKey = (code) => `beleidsdag:${code}`;

function loadStore(code) {
  try {
    const s = JSON.parse(localStorage.getItem(storeKey(code)));
    if (s && typeof s === "object") {
      return { token: s.token ?? null, participantId: s.participantId ?? null,
        seq: Number(s.seq) || 0, outbox: Array.isArray(s.outbox) ? s.outbox : [] };
    }
  } catch { /* unreadable: start fresh */ }
  return { token: null, participantId: null, seq: 0, outbox: [] };
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

function selectionFor(questionId) {
  const pending = store?.outbox.filter((i) => i.method === "answer" && i.args.questionId === questionId).pop();
  if (pending) return { optionId: pending.args.optionIds[0], confirmed: false };
  const optionId = state.confirmed[questionId];
  return optionId ? { optionId, confirmed: true } : null;
}

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
  c.on("roomChanged", (room) => { applyRoom(room); render(); });
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
    // Rate-limited, or the connection dropped (then onreconnected joins again).
    if (isConnected()) setTimeout(joinAndSync, backoff(joinAttempt++));
    return;
  }
  if (!response) {
    setTimeout(joinAndSync, backoff(joinAttempt++));
    return;
  }
  if (!response.ok) {
    refuseCode(response);
    return;
  }
  joinAttempt = 0;
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
  const question = currentQuestion();
  if (!question) return;
  const mine = response.myAnswer;
  if (mine && mine.questionId === question.id) state.confirmed[question.id] = mine.optionIds[0];
  else delete state.confirmed[question.id];
}

function applyRoom(room) {
  const before = currentQuestion()?.id;
  state.room = room;
  if (currentQuestion()?.id !== before) state.error = null; // an old error belongs to the old question
  document.title = room?.workshopTitle ? `${room.workshopTitle} · Beleidsdag` : "Beleidsdag";
}

// ---- outbox --------------------------------------------------------------------------------------

let flushing = false;
let flushTimer = null;
let flushAttempt = 0;

function enqueue(method, args) {
  if (messageBytes(method, args) >= MAX_MESSAGE_BYTES) {
    state.error = "Dit bericht is te groot om te versturen.";
    return false;
  }
  updateStore((s) => {
    if (method === "answer") s.seq = args.seq;
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
      if (!ack || (!ack.ok && !PERMANENT_CODES.has(ack.code))) throw new Error(`unexpected ack ${ack?.code}`);
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
  if (ack.ok) {
    if (item.method === "chooseSide") state.serverSide = item.args.side;
    else if (ack.superseded) probe(); // a newer answer (another tab?) won: ask which one counts
    else state.confirmed[item.args.questionId] = item.args.optionIds[0];
    return;
  }
  state.error = ack.message || "Dat is niet gelukt.";
  if (ack.code === "side-required") state.serverSide = null; // shows the side picker
}

function chooseAnswer(question, option) {
  if (selectionFor(question.id)?.optionId === option.id) return; // already chosen: nothing new to say
  state.error = null;
  const args = { questionId: question.id, optionIds: [option.id], key: newKey(), seq: store.seq + 1 };
  if (enqueue("answer", args)) flushOutbox();
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
  // Keep keyboard focus on the same control across a rebuild.
  const focused = view.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
  view.dataset.view = name;
  const build = { code: codeView, connecting: connectingView, side: sideView, lobby: lobbyView,
    question: questionView, other: otherView }[name];
  view.replaceChildren(...build().filter(Boolean));
  if (name === "code") updateCodeView();
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

const connectingView = () => [h("p", { class: "lead" }, "Verbinden met de zaal…")];

function sideView() {
  const current = effectiveSide();
  return [
    h("h1", { class: "heading" }, "Van welke kant ben je?"),
    h("p", { class: "hint" }, "Zo zien we hoe CBS/VB en MAT elk antwoorden."),
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

function questionView() {
  const current = state.room.current;
  const question = current.question;
  const selected = selectionFor(question.id)?.optionId;
  const open = current.phase === "open";
  const notes = [];
  if (current.phase === "notOpened") notes.push("De vraag is nog niet geopend.");
  if (current.phase === "closed") notes.push("De vraag is gesloten.");
  if (current.revealed) notes.push("De resultaten staan op het scherm.");
  return [
    h("p", { class: "eyebrow" }, `${current.position} / ${current.count}`),
    h("h1", { class: "question" }, question.text),
    notes.length > 0 && h("p", { class: "note", role: "status" }, notes.join(" ")),
    h("div", { class: "choices", role: "group", "aria-label": "Antwoorden" },
      question.options.map((o) => h("button", { type: "button",
        class: `big option${o.id === selected ? " is-selected" : ""}`, "data-testid": `option-${o.id}`,
        "aria-pressed": String(o.id === selected), disabled: !open, onclick: () => chooseAnswer(question, o) },
      o.label))),
  ];
}

const otherView = () => [h("p", { class: "lead" }, "Kijk even naar het scherm.")];

function renderFeedback() {
  const confirmation = $("confirmation");
  const question = viewName() === "question" ? currentQuestion() : null;
  const selection = question ? selectionFor(question.id) : null;
  let text = "";
  if (selection && !selection.confirmed) text = "Versturen…";
  else if (selection && state.room.current.phase === "open") text = "✓ Ontvangen. Je kan je antwoord wijzigen zolang de vraag open is.";
  else if (selection) text = "✓ Je antwoord is ontvangen.";
  setText(confirmation, text);
  confirmation.classList.toggle("is-done", Boolean(selection?.confirmed));
  setText($("error"), state.error ?? "");
}

function renderStatus() {
  const status = $("status");
  // No connection yet, or the code was refused: the code form speaks for itself.
  if (!connection || !state.code) { status.hidden = true; return; }
  const waiting = store?.outbox.length ?? 0;
  const waitingText = waiting === 1 ? "1 antwoord wacht om verstuurd te worden."
    : `${waiting} antwoorden wachten om verstuurd te worden.`;
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
}

// Setting the same text again would make screen readers repeat it.
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}

// ---- menu ----------------------------------------------------------------------------------------

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
    connect();
  } else {
    state.entering = true;
    state.typedCode = fromPath;
    if (fromPath) state.error = codeProblem(cleanCode(fromPath));
  }
  render();
}

// A tiny window for browser tests: what a person would see, without scraping the DOM.
window.beleidsdag = {
  state() {
    const question = currentQuestion();
    const selection = question ? selectionFor(question.id) : null;
    return {
      connected: isReady(),
      participantId: state.participantId,
      side: effectiveSide() ?? null,
      outboxLength: store?.outbox.length ?? 0,
      questionId: question?.id ?? null,
      selectedOptionId: selection?.optionId ?? null,
      confirmed: Boolean(selection?.confirmed),
    };
  },
};

start();
