// The connection to the participant hub (docs/protocol.md): start, reconnect for ever, join, and take in
// the snapshot and the pushes. A reconnect is a new connection to the server: join again, then resend.

import { contentOf } from "./answers.js";
import { GROUP_KINDS } from "./groupkinds.js";
import { applyMine, groupwork, loadGroupwork } from "./grouphost.js";
import { flushOutbox, TRANSIENT_CODES } from "./outbox.js";
import { results } from "./results.js";
import { currentQuestion, state } from "./state.js";
import { backoff, openStore, remember, store, storeKey, updateStore } from "./store.js";
import { render } from "./view.js";

/** @import { HubConnection } from "@microsoft/signalr" */
/** @import { JoinResponse, MyGroupWork, PhoneResults, RoomState } from "./types" */

/** @type {HubConnection | null} */
let connection = null;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let startTimer;
let startAttempt = 0;
let restartNow = false;

export const isConnected = () => connection?.state === signalR.HubConnectionState.Connected;
export const isReady = () => isConnected() && state.joined;
/** For the status line: whether the page has tried and failed to connect (else it is still "Verbinden…"). */
export const connectionKnown = () => connection != null;
export const hasRetried = () => startAttempt > 0 || connection?.state === signalR.HubConnectionState.Reconnecting;

/**
 * Calls a hub method on the open connection.
 * @template T
 * @param {string} method
 * @param {...unknown} args
 * @returns {Promise<T>}
 */
export function invoke(method, ...args) {
  if (!connection) return Promise.reject(new Error("no connection"));
  return connection.invoke(method, ...args);
}

function createConnection() {
  const c = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/participant")
    // The default policy gives up after four tries; a phone in a pocket must never give up.
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => backoff(ctx.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  c.on("roomChanged", (/** @type {RoomState} */ room) => { applyRoom(room); groupwork()?.afterRoomPush(); render(); });
  c.on("groupWorkChanged", (/** @type {MyGroupWork | null} */ mine) => { applyMine(mine); render(); });
  c.on("resultsChanged", (/** @type {PhoneResults | null} */ latest) => { results.apply(latest); render(); });
  c.onreconnecting(() => { state.joined = false; render(); });
  c.onreconnected(() => joinAndSync());
  c.onclose(() => {
    state.joined = false;
    render();
    if (restartNow) { restartNow = false; startAttempt = 0; startConnection(); } else scheduleStart();
  });
  return c;
}

export function connect() {
  connection ??= createConnection();
  if (connection.state === signalR.HubConnectionState.Disconnected) startConnection();
  else if (isConnected()) joinAndSync();
}

/** Stops the connection; onclose starts it again at once. */
export function restart() {
  restartNow = true;
  connection?.stop();
}

async function startConnection() {
  clearTimeout(startTimer);
  startTimer = undefined;
  if (!connection || connection.state !== signalR.HubConnectionState.Disconnected) return;
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

/** The page came back (screen unlocked, network back, back-forward cache): do not wait for a sleeping timer. */
export function resume(/** @type {boolean} */ forceRestart) {
  if (!connection || !state.code) return;
  startAttempt = 0;
  const S = signalR.HubConnectionState;
  if (connection.state === S.Disconnected) {
    startConnection();
  } else if (connection.state === S.Reconnecting || (forceRestart && connection.state === S.Connected)) {
    restart();
  } else if (connection.state === S.Connected) {
    probe();
  }
}

/** After a lock screen a "connected" socket may be dead: ask for the state, restart if nobody answers. */
export async function probe() {
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 5000));
  try {
    const response = await Promise.race([invoke("getState"), timeout]);
    const snapshot = /** @type {JoinResponse | null} */ (response);
    if (snapshot?.ok) { applySnapshot(snapshot); render(); } else joinAndSync();
  } catch (err) {
    if (err instanceof Error && err.message === "timeout" && isConnected()) restart();
  }
}

/** @type {Promise<void> | null} */
let joinInFlight = null;
let joinAttempt = 0;

export function joinAndSync() {
  joinInFlight ??= join().finally(() => { joinInFlight = null; });
  return joinInFlight;
}

/** Joins again a little later (the server said "not-joined", or the call failed). */
export function rejoinLater() {
  setTimeout(joinAndSync, backoff(joinAttempt++));
}

async function join() {
  if (!state.code || !isConnected()) return;
  /** @type {JoinResponse | null} */
  let response;
  try {
    response = await invoke("join", { code: state.code, token: store().token ?? null });
  } catch {
    // The connection dropped (then onreconnected joins again), or the call failed: try again later.
    if (isConnected()) rejoinLater();
    return;
  }
  if (!response || TRANSIENT_CODES.has(response.code)) {
    // Rate-limited, or many new participants at once from this network: wait calmly, then try again.
    state.joinWait = response?.message || null;
    if (state.entering) { state.entering = false; state.error = null; } // a typed code: show the wait, not the form
    render();
    rejoinLater();
    return;
  }
  if (response.code === "already-joined") {
    // This connection holds someone else (another code was joined on it): a fresh connection may make a new one.
    restart();
    return;
  }
  if (!response.ok) {
    refuseCode(response);
    return;
  }
  joinAttempt = 0;
  state.joinWait = null;
  const joined = response;
  updateStore((s) => {
    if (joined.token) s.token = joined.token;
    s.participantId = joined.participantId;
    // Stay above the server's last seq, or a fresh answer would count as older than the stored one.
    s.seq = Math.max(s.seq, joined.myAnswer?.seq ?? 0);
  });
  if (state.entering) state.error = null;
  state.joined = state.everJoined = true;
  state.entering = false;
  applySnapshot(response);
  if (location.pathname !== `/j/${state.code}`) history.replaceState(null, "", `/j/${state.code}`);
  render();
  flushOutbox();
}

function refuseCode(/** @type {JoinResponse} */ response) {
  state.error = response.message || "Deze code kennen we niet. Kijk nog eens naar het scherm.";
  // Removed by the facilitator: this token is done. Typing the code again makes a new participant.
  if (response.code === "participant-removed") localStorage.removeItem(storeKey(state.code));
  state.typedCode ||= state.code ?? ""; // what was typed stays as typed; a code from the link is shown to correct
  state.code = null;
  openStore(null);
  state.entering = true;
  state.room = null;
  render();
}

function applySnapshot(/** @type {JoinResponse} */ response) {
  state.participantId = response.participantId;
  state.serverSide = response.side ?? null;
  applyRoom(response.room);
  applyMine(response.mine ?? null);
  results.apply(response.results);
  const question = currentQuestion();
  if (!question) return;
  const mine = response.myAnswer;
  // The server knows best for the question on screen.
  if (mine && mine.questionId === question.id) remember("confirmed", question.id, contentOf(mine));
  else if (store().confirmed?.[question.id]) updateStore((s) => { delete s.confirmed[question.id]; });
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let editRefreshTimer;

function applyRoom(/** @type {RoomState | null} */ room) {
  const before = currentQuestion()?.id;
  const beforeQuestion = JSON.stringify(currentQuestion());
  const beforeActivity = state.room?.current?.activityId;
  state.room = room;
  if (room?.blanked) results.apply(null); // a blank screen shows no results; the unblank brings them again
  // The facilitator edited the question on screen: an answer that no longer fits was dropped on the server
  // (docs/rules.md), so ask for this phone's answer again, spread over a moment so sixty phones do not ask at once.
  const now = currentQuestion();
  if (now && now.id === before && JSON.stringify(now) !== beforeQuestion) {
    clearTimeout(editRefreshTimer);
    editRefreshTimer = setTimeout(() => { if (isReady()) probe(); }, 150 + Math.random() * 600);
  }
  if (currentQuestion()?.id !== before) state.error = state.notice = null; // an old error belongs to the old question
  if (room?.current?.activityId !== beforeActivity) state.error = null;
  const gw = groupwork();
  if (gw) gw.onRoom(beforeActivity);
  else if (GROUP_KINDS.has(room?.current?.kind ?? "")) loadGroupwork().catch(() => {});
  document.title = room?.workshopTitle ? `${room.workshopTitle} · Beleidsdag` : "Beleidsdag";
}
