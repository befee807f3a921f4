import { once } from "node:events";
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { createSession as createSignInSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { commentAnchorFor, resolveCommentAnchor } from "@/lib/statements/comments/comment-anchors";
import { createStatementComment } from "@/lib/statements/comments/create-statement-comment";
import { statementDocumentName } from "@/lib/statements/collab/statement-document";
import { refreshStatementConnections } from "@/lib/statements/collab/refresh-statement-connections";
import { readCurrentStatementText } from "@/lib/statements/collab/statement-persistence";
import type { CollabServer } from "@/server/collab-server";
import { connectNotes, waitFor, type NotesClient } from "@/tests/support/collab-client";
import { startCollabHarness } from "@/tests/support/collab-harness";
import { authMessage, updateMessage } from "@/tests/support/collab-messages";
import { createMember, createSignedInPerson, type MemberOptions } from "@/tests/support/factories";

let collab: CollabServer;
let baseUrl: string;
let stopCollab: () => Promise<void>;
const clients: NotesClient[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  ({ collab, baseUrl, stop: stopCollab } = await startCollabHarness());
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const socket of sockets.splice(0)) socket.terminate();
  await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "documents to unload");
});

afterAll(() => stopCollab());

async function makeStatement({ stage = "DRAFT", markdown = "" }: { stage?: StatementStage; markdown?: string } = {}) {
  const slug = `statement-${randomUUID().slice(0, 8)}`;
  const statement = await db.statement.create({ data: { slug, title: `Test ${slug}`, target: "PEP", targetPep: 703, summary: "A summary.", stage, markdown }, select: { id: true } });
  return { id: statement.id, slug, documentName: statementDocumentName(statement.id) };
}

async function signedInMember(options: MemberOptions = {}) {
  const member = await createMember(options);
  const { sessionToken } = await createSignInSession(member.id);
  return { ...member, sessionToken };
}

async function connect(documentName: string, sessionToken?: string) {
  const client = await connectNotes({ baseUrl, documentName, sessionToken });
  clients.push(client);
  return client;
}

const setStage = (statementId: number, stage: StatementStage) => db.$executeRaw`UPDATE "Statement" SET stage = ${stage}::"StatementStage" WHERE id = ${statementId}`;

const storedStatement = (statementId: number) =>
  db.statement.findUniqueOrThrow({ where: { id: statementId }, select: { markdown: true, mentionedPeps: true, mentionedPainPoints: true, textChangedAt: true, version: true, _count: { select: { updates: true } } } });

async function closeAndUnload(...toClose: NotesClient[]) {
  for (const client of toClose) {
    client.close();
    clients.splice(clients.indexOf(client), 1);
  }
  await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "the document to be stored and unloaded");
}

/** A raw connection, opened and authenticated as a browser's would be, that sends what the test crafts. */
async function rawConnection(documentName: string, sessionToken: string) {
  const socket = new WebSocket(`${baseUrl.replace("http", "ws")}/collab`, { headers: { cookie: `authjs.session-token=${sessionToken}` } });
  sockets.push(socket);
  const closed = once(socket, "close").then(([code, reason]) => ({ code: code as number, reason: (reason as Buffer).toString() }));
  await once(socket, "open");
  socket.send(authMessage(documentName));
  await waitFor(() => collab.hocuspocus.getDocumentsCount() > 0, 5_000, "the document to load");
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { send: (update: Uint8Array) => socket.send(updateMessage(documentName, update)), closed };
}

/** A Yjs update from a client of its own that writes `text` at the start (valid against any state). */
function craftedInsert(text: string) {
  const doc = new Y.Doc();
  doc.getText(NOTES_TEXT_FIELD).insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const loggedTexts = async (statementId: number) => (await db.statementUpdate.findMany({ where: { statementId }, select: { update: true } })).map((row) => Buffer.from(row.update).toString("latin1"));

describe("a statement's live text", () => {
  it("carries a member's edits to another member, stores the text with its references, and keeps one periodic version", async () => {
    const statement = await makeStatement({ markdown: "# Position\n" });
    const alice = await signedInMember({ lastActiveAt: new Date(Date.now() - 30 * 86_400_000) });
    const bob = await signedInMember();
    const a = await connect(statement.documentName, alice.sessionToken);
    const b = await connect(statement.documentName, bob.sessionToken);
    expect(a.scope()).toBe("read-write");
    expect(a.text.toString()).toBe("# Position\n");
    const before = await storedStatement(statement.id);

    a.text.insert(a.text.length, "PEP 703 helps; see #pain-12 and #pain-7, again #pain-12, not #pain-x.\n");
    await waitFor(() => b.text.toString().includes("#pain-7"), 5_000, "the edit at the other member");
    await closeAndUnload(a, b);

    const stored = await storedStatement(statement.id);
    expect(stored).toMatchObject({ markdown: "# Position\nPEP 703 helps; see #pain-12 and #pain-7, again #pain-12, not #pain-x.\n", mentionedPeps: [703], mentionedPainPoints: [7, 12], _count: { updates: 0 } });
    expect(stored.textChangedAt).not.toBeNull();
    expect(stored.version).toBeGreaterThan(before.version);
    const versions = await db.statementTextVersion.findMany({ where: { statementId: statement.id }, select: { number: true, reason: true, markdown: true } });
    expect(versions).toEqual([{ number: 1, reason: "PERIODIC", markdown: stored.markdown }]);
    // Typing into the text keeps the member active.
    const membership = await db.membership.findUniqueOrThrow({ where: { userId: alice.id }, select: { lastActiveAt: true } });
    expect(Date.now() - membership.lastActiveAt.getTime()).toBeLessThan(60_000);

    // Within ten minutes of the last kept version, more text keeps no new one.
    const again = await connect(statement.documentName, bob.sessionToken);
    again.text.insert(again.text.length, "More.\n");
    await again.settled();
    await closeAndUnload(again);
    expect(await db.statementTextVersion.count({ where: { statementId: statement.id } })).toBe(1);
    expect((await storedStatement(statement.id)).markdown).toContain("More.");
  });

  it("records each member who edits as an author once, however much they type, and not one who only opened it", async () => {
    const statement = await makeStatement({ markdown: "Text" });
    const writer = await signedInMember();
    const reader = await signedInMember();
    const a = await connect(statement.documentName, writer.sessionToken);
    await connect(statement.documentName, reader.sessionToken);
    for (const word of [" one", " two", " three"]) {
      a.text.insert(a.text.length, word);
      await a.settled();
    }
    const second = await connect(statement.documentName, writer.sessionToken);
    second.text.insert(0, "Again: ");
    await second.settled();
    const authors = await db.statementAuthor.findMany({ where: { statementId: statement.id }, select: { userId: true } });
    expect(authors).toEqual([{ userId: writer.id }]);
  });

  it("lets members only read it from the vote on, and refuses everyone else as not found", async () => {
    const draft = await makeStatement();
    const user = await createSignedInPerson("user");
    const suspended = await signedInMember({ status: "SUSPENDED" });
    const member = await signedInMember();
    const chair = await signedInMember({ role: "chair" });
    await expect(connect(draft.documentName, user.sessionToken)).rejects.toThrow(/no such statement document/);
    await expect(connect(draft.documentName)).rejects.toThrow(/no such statement document/);
    await expect(connect(draft.documentName, suspended.sessionToken)).rejects.toThrow(/no such statement document/);
    await expect(connect("statement/999999", member.sessionToken)).rejects.toThrow(/no such statement document/);

    const published = await makeStatement({ stage: "PUBLISHED", markdown: "Final." });
    await expect(connect(published.documentName, user.sessionToken)).rejects.toThrow(/no such statement document/);
    const voting = await makeStatement({ stage: "VOTE", markdown: "Under vote." });
    const forChair = await connect(published.documentName, chair.sessionToken);
    const forMember = await connect(voting.documentName, member.sessionToken);
    expect([forChair.scope(), forMember.scope()]).toEqual(["readonly", "readonly"]);
    expect(forMember.text.toString()).toBe("Under vote.");
    expect((await connect(draft.documentName, member.sessionToken)).scope()).toBe("read-write");
  });
});

describe("frozen during the vote", () => {
  it("refuses a crafted update on a connection opened during review, leaves the text as it was, and takes edits again back in review", async () => {
    const statement = await makeStatement({ stage: "REVIEW", markdown: "Reviewed text." });
    const member = await signedInMember();
    const editor = await connect(statement.documentName, member.sessionToken);
    expect(editor.scope()).toBe("read-write");
    const raw = await rawConnection(statement.documentName, member.sessionToken);

    await setStage(statement.id, "VOTE");
    raw.send(craftedInsert("CRAFTED "));
    expect(await raw.closed).toEqual({ code: 4423, reason: "The text is frozen while the group votes on it. Your last change was not saved." });

    // The editor's own client is refused the same way, and comes back read-only, its text still on its screen.
    editor.text.insert(0, "LATE ");
    await waitFor(() => editor.scope() === "readonly" && editor.provider.isSynced, 10_000, "the editor to reconnect read-only");
    expect(editor.text.toString()).toBe("LATE Reviewed text.");
    expect(await loggedTexts(statement.id)).toEqual([]);
    expect((await readCurrentStatementText(db, statement.id)).markdown).toBe("Reviewed text.");
    await closeAndUnload(editor);
    expect((await storedStatement(statement.id)).markdown).toBe("Reviewed text.");

    await setStage(statement.id, "REVIEW");
    const afterVote = await connect(statement.documentName, member.sessionToken);
    expect(afterVote.scope()).toBe("read-write");
    afterVote.text.insert(afterVote.text.length, " Amended.");
    await afterVote.settled();
    expect((await readCurrentStatementText(db, statement.id)).markdown).toBe("Reviewed text. Amended.");
  });

  it("refuses an update sent while a stage change holds the row FOR UPDATE, once that change commits, and the text it reads is final", async () => {
    const statement = await makeStatement({ stage: "REVIEW", markdown: "Before the vote." });
    const member = await signedInMember();
    const raw = await rawConnection(statement.documentName, member.sessionToken);

    let isLocked = false;
    let commit!: () => void;
    const mayCommit = new Promise<void>((resolve) => (commit = resolve));
    const stageChange = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ${statement.id} FOR UPDATE`;
        isLocked = true;
        await mayCommit;
        const text = await readCurrentStatementText(tx, statement.id);
        await tx.$executeRaw`UPDATE "Statement" SET stage = 'VOTE' WHERE id = ${statement.id}`;
        return text;
      },
      { timeout: 20_000 },
    );
    await waitFor(() => isLocked, 5_000, "the stage change to lock the row");
    raw.send(craftedInsert("RACING "));
    // The insert waits for the lock: nothing is logged, nothing refused yet.
    const early = await Promise.race([raw.closed, new Promise((resolve) => setTimeout(() => resolve("still waiting"), 500))]);
    expect(early).toBe("still waiting");
    commit();
    const frozenText = await stageChange;
    expect(frozenText.markdown).toBe("Before the vote.");
    expect(await raw.closed).toMatchObject({ code: 4423, reason: /frozen while the group votes/ });
    expect(await loggedTexts(statement.id)).toEqual([]);
    expect((await readCurrentStatementText(db, statement.id)).markdown).toBe("Before the vote.");
  });

  it("keeps an update logged before the stage change took the lock in the text the stage change reads", async () => {
    const statement = await makeStatement({ stage: "REVIEW", markdown: "Base." });
    const member = await signedInMember();
    const editor = await connect(statement.documentName, member.sessionToken);
    editor.text.insert(editor.text.length, " Last edit.");
    await editor.settled();
    const text = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Statement" WHERE id = ${statement.id} FOR UPDATE`;
      await tx.$executeRaw`UPDATE "Statement" SET stage = 'VOTE' WHERE id = ${statement.id}`;
      return readCurrentStatementText(tx, statement.id);
    });
    expect(text.markdown).toBe("Base. Last edit.");
  });
});

describe("refreshStatementConnections", () => {
  it("turns open editors read-only when the vote opens and writable again back in review", async () => {
    const statement = await makeStatement({ stage: "REVIEW", markdown: "Text." });
    const member = await signedInMember();
    const editor = await connect(statement.documentName, member.sessionToken);
    expect(await refreshStatementConnections(999_999)).toBe(0);

    await setStage(statement.id, "VOTE");
    expect(await refreshStatementConnections(statement.id)).toBe(1);
    await waitFor(() => editor.scope() === "readonly" && editor.provider.isSynced, 10_000, "the editor to reconnect read-only");

    await setStage(statement.id, "REVIEW");
    expect(await refreshStatementConnections(statement.id)).toBe(1);
    await waitFor(() => editor.scope() === "read-write" && editor.provider.isSynced, 10_000, "the editor to reconnect writable");
    editor.text.insert(editor.text.length, " Edited after the vote.");
    await editor.settled();
    expect((await readCurrentStatementText(db, statement.id)).markdown).toBe("Text. Edited after the vote.");
  });
});

describe("readCurrentStatementText", () => {
  it("includes acknowledged updates the debounced store has not merged yet, with a state that reproduces the text", async () => {
    const statement = await makeStatement({ markdown: "Stored." });
    const member = await signedInMember();
    const editor = await connect(statement.documentName, member.sessionToken);
    editor.text.insert(editor.text.length, " Only in the log.");
    await editor.settled();
    const stored = await storedStatement(statement.id);
    expect(stored.markdown).toBe("Stored.");
    expect(stored._count.updates).toBeGreaterThan(0);

    const current = await readCurrentStatementText(db, statement.id);
    expect(current.markdown).toBe("Stored. Only in the log.");
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, current.state);
    expect(rebuilt.getText(NOTES_TEXT_FIELD).toString()).toBe("Stored. Only in the log.");
  });

  it("reads a statement never opened in the editor from its Markdown, and refuses one that does not exist", async () => {
    const statement = await makeStatement({ markdown: "Never opened." });
    expect((await readCurrentStatementText(db, statement.id)).markdown).toBe("Never opened.");
    await expect(readCurrentStatementText(db, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("anchored comments", () => {
  const currentDoc = async (statementId: number) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await readCurrentStatementText(db, statementId)).state);
    return doc;
  };
  const passageAt = (doc: Y.Doc, anchor: { anchorStart: unknown; anchorEnd: unknown }) => {
    const range = resolveCommentAnchor(doc, anchor);
    return range && doc.getText(NOTES_TEXT_FIELD).toString().slice(range.from, range.to);
  };

  it("follows its passage through edits before it, inside it and right after it, and loses it when the passage is deleted", async () => {
    const statement = await makeStatement({ markdown: "Intro. Free-threading needs MPI wheels. End." });
    const member = await signedInMember();
    const editor = await connect(statement.documentName, member.sessionToken);
    const from = editor.text.toString().indexOf("Free-threading");
    const to = editor.text.toString().indexOf(" End.");
    const anchor = commentAnchorFor(editor.doc, from, to)!;
    const comment = await createStatementComment({ actor: member.actor, input: { slug: statement.slug, body: "  Which MPI?  ", anchor: JSON.stringify({ start: anchor.start, end: anchor.end }), quote: anchor.quote } });
    expect(comment).toMatchObject({ body: "Which MPI?", quote: "Free-threading needs MPI wheels.", authorId: member.id });

    editor.text.insert(0, "New opening. ");
    editor.text.insert(editor.text.toString().indexOf("MPI"), "CUDA-aware ");
    editor.text.insert(editor.text.toString().indexOf(" End."), " Appended after.");
    await editor.settled();
    const stored = await db.statementComment.findUniqueOrThrow({ where: { id: comment.id }, select: { anchorStart: true, anchorEnd: true } });
    expect(passageAt(await currentDoc(statement.id), stored)).toBe("Free-threading needs CUDA-aware MPI wheels.");

    const start = editor.text.toString().indexOf("Free-threading");
    editor.text.delete(start, "Free-threading needs CUDA-aware MPI wheels.".length);
    await editor.settled();
    expect(passageAt(await currentDoc(statement.id), stored)).toBeNull();
  });
});
