// What the page knows now, besides the store in localStorage (store.js): one object, read by every view.

/** @import { Notice, QuestionView, RoomState } from "./types" */

export const SIDES = [
  { code: "cbs", label: "CBS/VB", description: "College van burgemeester en schepenen of vast bureau" },
  { code: "mat", label: "MAT", description: "Managementteam" },
  { code: "anders", label: "Anders", description: "Iemand anders (begeleider, gast, …)" },
];

export const state = {
  /** @type {string | null} the join code this page is (trying to be) in */
  code: null,
  entering: false,     // showing the code input (no code in the path, or the server refused it)
  /** @type {string | null} why the server asked this phone to join a little later (a crowded minute) */
  joinWait: null,
  typedCode: "",
  joined: false,       // join succeeded on the current connection
  everJoined: false,
  /** @type {string | null} */
  participantId: null,
  /** @type {string | null} */
  serverSide: null,
  /** @type {RoomState | null} */
  room: null,
  /** @type {string | null} */
  error: null,
  /** @type {(Notice & { questionId: string }) | null} what the last tap on a form could not do ("maximaal 3") */
  notice: null,
  pickingSide: false,
};

/** @returns {QuestionView | null} */
export const currentQuestion = () => (state.room?.current?.kind === "question" ? state.room.current.question : null);

export const isOpen = () => state.room?.current?.phase === "open";
