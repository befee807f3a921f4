import { describe, expect, it } from "vitest";
import { applyLiveMessage } from "@/lib/live/apply-live-message";
import { liveItemKinds, liveKinds } from "@/lib/live/live-kinds";
import type { LiveActionItem, LivePoll, LiveQuestion, LiveSnapshot } from "@/lib/live/live-types";

/** The browser's reducer: every registered kind is kept the same way, newest copy wins whatever the order. */

const question = (id: number, version: number, body = `Question ${id} v${version}`): LiveQuestion => ({
  id,
  body,
  askerName: null,
  isAnonymous: true,
  isMine: false,
  state: "VISIBLE",
  hiddenReason: null,
  isPinned: false,
  answeredAt: null,
  voteCount: version,
  hasMyVote: false,
  painPoint: null,
  createdAt: "2026-01-01T10:00:00.000Z",
  version,
});

const poll = (id: number, version: number): LivePoll => ({
  id,
  question: `Poll ${id}`,
  kind: "SINGLE",
  state: "OPEN",
  hideResultsUntilClosed: false,
  resultsVisible: true,
  voterCount: 0,
  options: [],
  myOptionIds: [],
  openedAt: null,
  closedAt: null,
  createdAt: "2026-01-01T10:00:00.000Z",
  version,
});

const actionItem = (id: number, version: number): LiveActionItem => ({ id, text: `Item ${id} v${version}`, ownerName: null, dueOn: null, doneAt: null, createdAt: "2026-01-01T10:00:00.000Z", version });

const empty = (): LiveSnapshot => ({
  sessionId: 1,
  serverTime: "2026-01-01T10:00:00.000Z",
  hasEnded: false,
  agenda: { currentPosition: null, startedAt: null, questionsNeedApproval: false, version: 1 },
  questions: [],
  polls: [],
  actionItems: [],
});

describe("applyLiveMessage", () => {
  it("knows every kind by its registration, each in its own list", () => {
    expect(liveItemKinds).toEqual(["question", "poll", "actionItem"]);
    expect(Object.values(liveKinds).map((kind) => kind.list)).toEqual(["questions", "polls", "actionItems"]);
  });

  it("adds and updates items of every kind in id order, keeping a newer copy over an older one", () => {
    let view = empty();
    view = applyLiveMessage(view, { type: "item", kind: "question", item: question(2, 1) });
    view = applyLiveMessage(view, { type: "item", kind: "question", item: question(1, 1) });
    view = applyLiveMessage(view, { type: "item", kind: "question", item: question(2, 3) });
    view = applyLiveMessage(view, { type: "item", kind: "question", item: question(2, 2) });
    view = applyLiveMessage(view, { type: "item", kind: "poll", item: poll(7, 1) });
    view = applyLiveMessage(view, { type: "item", kind: "actionItem", item: actionItem(9, 1) });
    expect(view.questions.map((item) => [item.id, item.version])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(view.polls.map((item) => item.id)).toEqual([7]);
    expect(view.actionItems.map((item) => item.id)).toEqual([9]);
  });

  it("removes an item unless it already holds a newer copy", () => {
    let view = { ...empty(), polls: [poll(1, 2), poll(2, 5)] };
    view = applyLiveMessage(view, { type: "removed", kind: "poll", id: 1, version: 3 });
    view = applyLiveMessage(view, { type: "removed", kind: "poll", id: 2, version: 4 });
    expect(view.polls.map((item) => item.id)).toEqual([2]);
  });

  it("takes a snapshot's lists for every kind, but keeps the newer copies it already had", () => {
    const before = { ...empty(), questions: [question(1, 4, "newer")], actionItems: [actionItem(5, 1)] };
    const snapshot = { ...empty(), questions: [question(1, 2, "older"), question(3, 1)], polls: [poll(4, 1)], actionItems: [] };
    const view = applyLiveMessage(before, { type: "snapshot", snapshot, abilities: {} as never });
    expect(view.questions.map((item) => item.body)).toEqual(["newer", "Question 3 v1"]);
    expect(view.polls.map((item) => item.id)).toEqual([4]);
    expect(view.actionItems).toEqual([]);
  });
});
