import { describe, expect, it } from "vitest";
import { actionItemsAsMarkdown } from "@/lib/action-items/action-items-markdown";
import { addActionItem } from "@/lib/action-items/add-action-item";
import { deleteActionItem } from "@/lib/action-items/delete-action-item";
import { actionItemsLiveSource } from "@/lib/action-items/live-source";
import { actionItemInputSchema, type ActionItemInput } from "@/lib/action-items/schemas";
import { setActionItemDone } from "@/lib/action-items/set-action-item-done";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { db } from "@/lib/db";
import { anonymousActor, liveAbilitiesFor, type Actor } from "@/lib/permissions";
import { createPerson, createSession } from "../support/factories";
import { listenToLiveNotices } from "../support/live-notices";

/**
 * A session's action items: recorded, ticked off, edited and removed by
 * chairs and by whoever may edit the session's notes (during the session and
 * after it), seen by everyone who may read the session.
 */

const input = (fields: Record<string, unknown> = {}): ActionItemInput =>
  actionItemInputSchema.parse({ text: "Collect start-up timings from three sites", ownerName: "Mia", dueOn: "2026-03-31", ...fields });

/** Add, edit, tick, untick and delete, as `actor`; returns what each step returned. */
async function fullRound(actor: Actor, sessionId: number) {
  const added = await addActionItem({ actor, sessionId, input: input() });
  const edited = await updateActionItem({ actor, itemId: added.id, expectedVersion: added.version, input: input({ text: "Collect timings from four sites", ownerName: "", dueOn: "" }) });
  const ticked = await setActionItemDone({ actor, itemId: added.id, isDone: true });
  const unticked = await setActionItemDone({ actor, itemId: added.id, isDone: false });
  const removed = await deleteActionItem({ actor, itemId: added.id });
  return { added, edited, ticked, unticked, removed };
}

describe("managing action items", () => {
  it("a chair adds, edits, ticks off and deletes an item, each change a new version", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession({ notesEditors: "CHAIRS" });
    const { added, edited, ticked, unticked, removed } = await fullRound(chair.actor, session.id);
    expect(added).toMatchObject({ text: "Collect start-up timings from three sites", ownerName: "Mia", dueOn: "2026-03-31", doneAt: null, version: 1 });
    expect(edited).toMatchObject({ text: "Collect timings from four sites", ownerName: null, dueOn: null, version: 2 });
    expect(ticked.doneAt).not.toBeNull();
    expect(ticked.version).toBe(3);
    expect(unticked).toMatchObject({ doneAt: null, version: 4 });
    expect(removed).toEqual({ id: added.id, version: 5 });
    expect(await db.actionItem.count()).toBe(0);
    await expect(setActionItemDone({ actor: chair.actor, itemId: added.id, isDone: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("ticking off what is already ticked off changes nothing", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const added = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input() });
    const doneAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const ticked = await setActionItemDone({ actor: chair.actor, itemId: added.id, isDone: true, now: doneAt });
    expect(ticked).toMatchObject({ doneAt: doneAt.toISOString(), version: 2 });
    expect(await setActionItemDone({ actor: chair.actor, itemId: added.id, isDone: true })).toEqual(ticked);
  });

  it("whoever may edit the notes manages action items too", async () => {
    const session = await createSession({ notesEditors: "SIGNED_IN" });
    const user = await createPerson();
    await fullRound(user.actor, session.id);
    const membersNotes = await createSession({ notesEditors: "MEMBERS" });
    await fullRound((await createPerson({ role: "member" })).actor, membersNotes.id);
    await expect(addActionItem({ actor: user.actor, sessionId: membersNotes.id, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses visitors and participants who may not edit the notes", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession({ notesEditors: "CHAIRS" });
    const item = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input() });
    for (const role of ["user", "member"] as const) {
      const { actor } = await createPerson({ role });
      const forbidden = { code: "FORBIDDEN", message: "Only the session's chairs and those who may edit its notes manage its action items." };
      await expect(addActionItem({ actor, sessionId: session.id, input: input() })).rejects.toMatchObject(forbidden);
      await expect(updateActionItem({ actor, itemId: item.id, input: input({ text: "Changed by someone else" }) })).rejects.toMatchObject(forbidden);
      await expect(setActionItemDone({ actor, itemId: item.id, isDone: true })).rejects.toMatchObject(forbidden);
      await expect(deleteActionItem({ actor, itemId: item.id })).rejects.toMatchObject(forbidden);
    }
    await expect(addActionItem({ actor: anonymousActor, sessionId: session.id, input: input() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setActionItemDone({ actor: anonymousActor, itemId: item.id, isDone: true })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item.id }, select: { text: true, doneAt: true, version: true } })).toEqual({
      text: "Collect start-up timings from three sites",
      doneAt: null,
      version: 1,
    });
  });

  it("stays manageable after the session has ended, when the notes are written up", async () => {
    const chair = await createPerson({ role: "chair" });
    const ended = await createSession({ hoursFromNow: [-3, -2], notesEditors: "SIGNED_IN" });
    await fullRound(chair.actor, ended.id);
    await fullRound((await createPerson()).actor, ended.id);
  });

  it("keeps a members' session's items from those who may not read it", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession({ visibility: "MEMBERS", notesEditors: "SIGNED_IN" });
    const item = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input() });
    const user = await createPerson();
    await expect(addActionItem({ actor: user.actor, sessionId: session.id, input: input() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setActionItemDone({ actor: user.actor, itemId: item.id, isDone: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not overwrite someone else's edit unseen", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const item = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input() });
    await updateActionItem({ actor: chair.actor, itemId: item.id, expectedVersion: 1, input: input({ text: "First edit" }) });
    await expect(updateActionItem({ actor: chair.actor, itemId: item.id, expectedVersion: 1, input: input({ text: "Second edit from an old form" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { id: item.id, text: "First edit", version: 2 } },
    });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).text).toBe("First edit");
  });
});

describe("what is typed", () => {
  const problems = (fields: Record<string, unknown>) => {
    const result = actionItemInputSchema.safeParse({ text: "Write the statement", ...fields });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("refuses empty or long text, long names and dates that are no dates, with messages", () => {
    expect(problems({})).toEqual([]);
    expect(problems({ text: "   " })).toEqual(["text: Write what is to be done in at least 3 characters."]);
    expect(problems({ text: undefined })).toEqual(["text: Write what is to be done."]);
    expect(problems({ text: "x".repeat(301) })).toEqual(["text: Keep the action item under 300 characters."]);
    expect(problems({ ownerName: "n".repeat(81) })).toEqual(["ownerName: Keep the owner's name under 80 characters."]);
    expect(problems({ dueOn: "31/03/2026" })).toEqual(["dueOn: Give the due date as a date, e.g. 2026-03-31."]);
    expect(problems({ dueOn: "2026-02-30" })).toEqual(["dueOn: Give the due date as a date, e.g. 2026-03-31."]);
    expect(problems({ dueOn: "1026-02-03" })).toEqual(["dueOn: Check the year of the due date."]);
  });

  it("tidies what it keeps: one line, no empty owner or date", () => {
    expect(actionItemInputSchema.parse({ text: "  Draft\n the   statement ", ownerName: "  ", dueOn: "" })).toEqual({ text: "Draft the statement", ownerName: null, dueOn: null });
    expect(actionItemInputSchema.parse({ text: "Draft it" })).toEqual({ text: "Draft it", ownerName: null, dueOn: null });
    expect(actionItemInputSchema.parse({ text: "Draft it", ownerName: " Charlie  Chair ", dueOn: "2024-02-29" })).toEqual({ text: "Draft it", ownerName: "Charlie Chair", dueOn: "2024-02-29" });
  });
});

describe("the live view and the record", () => {
  it("everyone who may read the session sees all items, oldest first, the due day unchanged by time zones", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession({ notesEditors: "CHAIRS" });
    const first = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input({ dueOn: "2026-01-01" }) });
    const second = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input({ text: "Ask packaging maintainers about variants", ownerName: "", dueOn: "" }) });
    const records = await actionItemsLiveSource.loadAll(session.id);
    const visitor = { actor: anonymousActor, abilities: liveAbilitiesFor(anonymousActor, { ...session, hasEnded: false }) };
    const views = records.map((record) => actionItemsLiveSource.view(record, visitor, undefined));
    expect(views).toEqual([first, second]);
    expect(views[0]?.dueOn).toBe("2026-01-01");
    expect(await actionItemsLiveSource.loadOne(first.id)).toMatchObject({ id: first.id, sessionId: session.id, version: 1 });
    expect(await actionItemsLiveSource.loadOne(999_999)).toBeNull();
    expect(await actionItemsLiveSource.loadMine(chair.id, [first.id])).toEqual(new Map());
  });

  it("writes the items as a Markdown task list", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const first = await addActionItem({ actor: chair.actor, sessionId: session.id, input: input() });
    await setActionItemDone({ actor: chair.actor, itemId: first.id, isDone: true });
    await addActionItem({ actor: chair.actor, sessionId: session.id, input: input({ text: "Draft a statement on free-threading", ownerName: "Charlie", dueOn: "" }) });
    await addActionItem({ actor: chair.actor, sessionId: session.id, input: input({ text: "Ask about wheel variants", ownerName: "", dueOn: "2026-04-15" }) });
    await addActionItem({ actor: chair.actor, sessionId: session.id, input: input({ text: "Keep in touch", ownerName: "", dueOn: "" }) });
    const items = (await actionItemsLiveSource.loadAll(session.id)).map((record) => actionItemsLiveSource.view(record, { actor: anonymousActor, abilities: liveAbilitiesFor(anonymousActor, { ...session, hasEnded: false }) }, undefined)!);
    expect(actionItemsAsMarkdown(items)).toBe(
      [
        "## Action items",
        "",
        "- [x] Collect start-up timings from three sites — Mia, due 2026-03-31",
        "- [ ] Draft a statement on free-threading — Charlie",
        "- [ ] Ask about wheel variants — due 2026-04-15",
        "- [ ] Keep in touch",
        "",
      ].join("\n"),
    );
    expect(actionItemsAsMarkdown([])).toBe("");
  });

  it("announces each change on the live channel when it commits", async () => {
    const chair = await createPerson({ role: "chair" });
    const session = await createSession();
    const listener = await listenToLiveNotices();
    const { notices } = listener;
    try {
      const { added } = await fullRound(chair.actor, session.id);
      // A refused change is never announced.
      await expect(addActionItem({ actor: (await createPerson({ role: "user" })).actor, sessionId: (await createSession({ notesEditors: "CHAIRS" })).id, input: input() })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect.poll(() => notices.length).toBe(5);
      expect(notices).toEqual(Array.from({ length: 5 }, () => ({ sessionId: session.id, change: { kind: "actionItem", id: added.id }, actorId: chair.id })));
    } finally {
      await listener.stop();
    }
  });
});
