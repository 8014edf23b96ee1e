// The shapes the phone page works with: the participant hub's messages (docs/protocol.md; the C# records in
// Features/Participate/ParticipantMessages.cs and Live/*Views.cs) and what the page keeps in localStorage.
// Types only: tsc checks the JavaScript against them (npm run check:types), esbuild never sees this file.

export type SideCode = "cbs" | "mat" | "anders";

export interface OptionView { id: string; label: string; exclusive?: boolean }
export interface ScaleRange { min: number; max: number; lowLabel: string; highLabel: string }
export interface QuestionView {
  id: string; type?: string; text: string; options: OptionView[]; maxChoices?: number | null;
  scale?: Partial<ScaleRange> | null; moderated?: boolean;
}

/** An answer's content; each question type uses one of the three fields. */
export interface Content { optionIds: string[]; values: Record<string, number>; texts: string[] }
export interface MyAnswer extends Content { questionId: string; seq: number }

export interface GroupView { id: string; name: string; phase?: string | null; richtvragen: string[]; chapter?: string }
/** A chapter of the afsprakennota: the key saveWerkpunt sends, the label the phone shows. */
export interface ChapterChoice { key: string; label: string }
export interface TimerView { endsAt?: string | null; pausedLeftMs?: number | null; serverNow: string }
export interface WerkpuntContent {
  text: string; oplossingen: string[]; owner: string; ownerRole: string; term: string; comments: string;
}
/** The content as the werkpunt form keeps and sends it: with the chapter's key ("" keeps the werkpunt's). */
export interface WerkpuntDraft extends WerkpuntContent { chapter: string }
export interface WerkpuntView {
  id: string; groupId: string; groupName: string; content: WerkpuntContent; version: number; plusOnes: number;
  chapter?: string; termDate?: string | null;
}
export interface ExerciseView {
  activityId: string; title: string; strategicQuestion: string; operationalQuestion: string; targetPerGroup: number;
  groups: GroupView[]; timer: TimerView | null; plenary: boolean; plenaryGroup: number; plenaryItem: number;
  plenaryWerkpunt?: WerkpuntView | null; chapters?: ChapterChoice[]; roles?: string[];
}
export interface BoardView { exerciseId: string; groupId: string; members: number; werkpunten: WerkpuntView[] }
export interface VoteView { dots: number; werkpunten: WerkpuntView[] }
export interface MyGroupWork {
  groupId: string | null; board: BoardView | null; dots: Record<string, number>; consent: Record<string, string>; plusOnes: string[];
}

export interface ActivityView {
  activityId: string; kind: string; position: number; count: number; question: QuestionView | null;
  phase: string; revealed: boolean; splitBySide?: boolean; title?: string | null; body?: string | null;
  exercise?: ExerciseView | null; vote?: VoteView | null;
}
export interface RoomState { workshopTitle: string; municipality: string; joinCode?: string; blanked: boolean; current: ActivityView | null }

/** One result as the server sends it (Live/PhoneResults.cs): its fields depend on `kind`. */
export interface QuestionResult { kind: string; type?: string; respondents: number; [field: string]: any }
export interface PhoneResults {
  questionId: string; overall: QuestionResult; split: PhoneSplit | null; splitNotice?: string | null; uncountedNotice?: string | null;
}
export interface PhoneSplit { cbsVbRespondents: number; matRespondents: number; cbsVb: QuestionResult | null; mat: QuestionResult | null }

export interface Ack { key?: string | null; ok: boolean; code: string; message?: string | null; superseded?: boolean }
export interface JoinResponse extends Ack {
  token?: string | null; participantId: string | null; side?: string | null; room: RoomState | null;
  myAnswer?: MyAnswer | null; mine?: MyGroupWork | null; results?: PhoneResults | null;
}

/** What waits in the outbox: one hub call, sent in order, removed only on an Ack. */
export interface OutboxItem { method: string; key: string; args: any }

/** A werkpunt being typed on this phone, kept until its save is acknowledged (groupwork/forms.js). */
export interface WerkpuntForm {
  formKey: string; exerciseId: string; werkpuntId: string | null; baseVersion: number; content: WerkpuntDraft;
  original: WerkpuntDraft | null; conflict: boolean; pendingKey: string | null;
  message: { text: string; kind: string; field?: string } | null;
}

/** Everything the page keeps in localStorage for one join code. */
export interface Store {
  token: string | null; participantId: string | null; seq: number; outbox: OutboxItem[];
  drafts: Record<string, Content>; confirmed: Record<string, Content>;
  qrGroup?: string; qrJoined?: Record<string, string>;
  wpForms?: Record<string, WerkpuntForm>; wpOpen?: string | null;
  dotDrafts?: Record<string, Record<string, number>>; gwSeen?: Record<string, { open: boolean }>;
}

/** A message under a form: a hint (not done yet), an error (wrong) or a confirmation. */
export interface Notice { text: string; kind: string }
export interface Check { ok: boolean; text: string | null; kind: string | null }

/** A part of the page built once and then updated in place. */
export interface Part { nodes: Node[]; update(open: boolean, answer: Content): void }
