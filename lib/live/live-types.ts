/**
 * What a session's live view is made of, as each viewer receives it over the
 * live channel (GET /live/sessions/<slug>, Server-Sent Events) and as the
 * session's page renders it on the server. Every item carries a `version`
 * that grows with each change, so a client keeps whichever copy is newest no
 * matter in which order snapshot and news arrive.
 */

export type QuestionState = "PENDING" | "VISIBLE" | "HIDDEN";

export interface LiveQuestion {
  id: number;
  body: string;
  /** Null when the asker chose to be anonymous, except for moderators (who see who asked). */
  askerName: string | null;
  isAnonymous: boolean;
  /** The viewer asked it. */
  isMine: boolean;
  /** PENDING and HIDDEN questions reach moderators and their asker only. */
  state: QuestionState;
  hiddenReason: string | null;
  isPinned: boolean;
  answeredAt: string | null;
  voteCount: number;
  /** The viewer upvoted it. */
  hasMyVote: boolean;
  createdAt: string;
  /** The pain point a chair filed from it; null too when that report is hidden from this viewer. */
  painPoint: { id: number } | null;
  version: number;
}

export type PollState = "DRAFT" | "OPEN" | "CLOSED";

export interface LivePollOption {
  id: number;
  label: string;
  /** Null while the results are hidden from this viewer. */
  voteCount: number | null;
}

export interface LivePoll {
  id: number;
  question: string;
  kind: "SINGLE" | "MULTIPLE";
  /** DRAFT polls reach those who manage polls only. */
  state: PollState;
  hideResultsUntilClosed: boolean;
  /** Whether this viewer sees the counts now. */
  resultsVisible: boolean;
  voterCount: number;
  options: LivePollOption[];
  /** The options the viewer chose (empty when they have not voted). */
  myOptionIds: number[];
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  version: number;
}

export interface LiveActionItem {
  id: number;
  text: string;
  ownerName: string | null;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  doneAt: string | null;
  createdAt: string;
  version: number;
}

export interface LiveAgendaState {
  /** Position of the agenda item under way, or null. */
  currentPosition: number | null;
  startedAt: string | null;
  questionsNeedApproval: boolean;
  version: number;
}

/** What the viewer may do, decided by lib/permissions when the channel opens. */
export interface LiveAbilities {
  canAsk: boolean;
  canVote: boolean;
  canModerateQuestions: boolean;
  canSeeAskers: boolean;
  canVoteInPolls: boolean;
  canManagePolls: boolean;
  canManageActionItems: boolean;
  canRunAgenda: boolean;
  /** File a pain point from one of the session's questions or a passage of its notes. */
  canFilePainPoints: boolean;
}

/**
 * Every kind of item the live view carries, by name: what a viewer receives
 * of it (`view`), the snapshot's list it sits in (`list`), and what of it is
 * the viewer's own (`mine`: their vote). A new kind is one entry here, its
 * registration for the browser (lib/live/live-kinds.ts) and its LiveSource
 * for the server (lib/live/live-sources.ts); snapshots, messages, the hub
 * and the browser's reducer follow from those.
 */
export interface LiveItemKinds {
  question: { view: LiveQuestion; list: "questions"; mine: true };
  poll: { view: LivePoll; list: "polls"; mine: number[] };
  actionItem: { view: LiveActionItem; list: "actionItems"; mine: never };
}
export type LiveItemKind = keyof LiveItemKinds;
export type LiveItemOf<K extends LiveItemKind> = LiveItemKinds[K]["view"];
export type LiveListOf<K extends LiveItemKind> = LiveItemKinds[K]["list"];

/** Each kind's items, under its list's name (`questions`, `polls`…). */
export type LiveLists = { [K in LiveItemKind as LiveListOf<K>]: LiveItemOf<K>[] };

export type LiveSnapshot = LiveLists & {
  sessionId: number;
  /** The server's clock when the snapshot was taken, so timers agree across devices. */
  serverTime: string;
  /** The session is over: its questions, polls and action items are now its record. */
  hasEnded: boolean;
  agenda: LiveAgendaState;
};

/** An item of one kind, new or changed, as this viewer may see it. */
export type LiveItemMessage = { [K in LiveItemKind]: { type: "item"; kind: K; item: LiveItemOf<K> } }[LiveItemKind];

/** Messages on the live channel, from server to browser. */
export type LiveMessage =
  | { type: "snapshot"; snapshot: LiveSnapshot; abilities: LiveAbilities }
  | LiveItemMessage
  /** The item is gone, or no longer this viewer's to see; `version` is the one its removal counts as. */
  | { type: "removed"; kind: LiveItemKind; id: number; version: number }
  | { type: "agenda"; agenda: LiveAgendaState; serverTime: string };

/** What changed, as use cases announce it (see notify-session-live.ts). */
export type LiveChange = { kind: LiveItemKind; id: number } | { kind: "agenda" };
