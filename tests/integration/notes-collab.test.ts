import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { getAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { getSessionNotes } from "@/lib/notes/get-session-notes";
import { readNotesText } from "@/lib/notes/records";
import { listSessionsMentioningPep } from "@/lib/notes/list-sessions-mentioning-pep";
import { noteDocumentName, noteLimits, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import * as Y from "yjs";
import { docFromMarkdown, docFromUpdates, loadNotes, logNoteUpdate, storeNotes, textOf } from "@/lib/notes/note-persistence";
import { recordSessionEndRevisions } from "@/lib/notes/record-session-end-revisions";
import { restoreNoteRevision } from "@/lib/notes/restore-note-revision";
import type { CollabServer } from "@/server/collab-server";
import { startCollabHarness } from "@/tests/support/collab-harness";
import { connectNotes, waitFor, type NotesClient } from "@/tests/support/collab-client";
import { authMessage, awarenessMessage, awarenessQuery, updateMessage } from "@/tests/support/collab-messages";
import { createSession, createSignedInPerson, type SessionOptions } from "@/tests/support/factories";

let collab: CollabServer;
let baseUrl: string;
let stopCollab: () => Promise<void>;
const clients: NotesClient[] = [];

beforeAll(async () => {
  ({ collab, baseUrl, stop: stopCollab } = await startCollabHarness());
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  // Let the server store and unload what the test left, before the tables are emptied.
  await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "documents to unload");
});

afterAll(() => stopCollab());

/** A session under way, with the name of its notes document. */
async function makeSession(options: SessionOptions = {}) {
  const session = await createSession(options);
  return { ...session, documentName: noteDocumentName(session.id) };
}

async function connect(documentName: string, sessionToken?: string, url = baseUrl) {
  const client = await connectNotes({ baseUrl: url, documentName, sessionToken });
  clients.push(client);
  return client;
}

describe("live notes", () => {
  it("starts from the session's Markdown, carries an edit from one editor to another, and stores the text beside the state", async () => {
    const session = await makeSession({ notes: "# Notes\n" });
    const alice = await createSignedInPerson();
    const bob = await createSignedInPerson();
    const a = await connect(session.documentName, alice.sessionToken);
    const b = await connect(session.documentName, bob.sessionToken);
    expect(a.text.toString()).toBe("# Notes\n");
    expect(a.scope()).toBe("read-write");

    a.text.insert(a.text.length, "PEP 703 discussed.\n");
    await waitFor(() => b.text.toString().includes("PEP 703 discussed."), 5_000, "the edit at the other client");
    await a.settled();
    // Acknowledged means logged.
    const document = await db.noteDocument.findUniqueOrThrow({ where: { sessionId: session.id }, select: { id: true } });
    expect(await db.noteUpdate.count({ where: { documentId: document.id } })).toBeGreaterThan(0);

    a.close();
    b.close();
    await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "unload");
    const stored = await db.noteDocument.findUniqueOrThrow({ where: { sessionId: session.id } });
    expect(stored.markdown).toBe("# Notes\nPEP 703 discussed.\n");
    expect(stored.mentionedPeps).toEqual([703]);
    // The state now holds the logged updates, which are gone.
    expect(await db.noteUpdate.count({ where: { documentId: stored.id } })).toBe(0);
    const found = await db.$queryRaw<{ id: number }[]>`SELECT id FROM "NoteDocument" WHERE "searchVector" @@ plainto_tsquery('english', 'discussed')`;
    expect(found.map((row) => row.id)).toEqual([stored.id]);
  });

  it("lets a viewer without edit rights follow live, and refuses their changes on the server", async () => {
    const session = await makeSession({ notesEditors: "CHAIRS", notes: "Agenda\n" });
    const chair = await createSignedInPerson("chair");
    const user = await createSignedInPerson("user");
    const editor = await connect(session.documentName, chair.sessionToken);
    const viewer = await connect(session.documentName, user.sessionToken);
    const visitor = await connect(session.documentName);
    expect(viewer.scope()).toBe("readonly");
    expect(visitor.scope()).toBe("readonly");

    editor.text.insert(editor.text.length, "chair typed\n");
    await waitFor(() => viewer.text.toString().includes("chair typed") && visitor.text.toString().includes("chair typed"), 5_000, "live update to viewers");

    // The viewer's client sends an update anyway (as a crafted one would).
    viewer.text.insert(0, "VANDALISM ");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(editor.text.toString()).not.toContain("VANDALISM");
    expect(visitor.text.toString()).not.toContain("VANDALISM");
    const document = await db.noteDocument.findUniqueOrThrow({ where: { sessionId: session.id }, select: { id: true } });
    const logged = await db.noteUpdate.findMany({ where: { documentId: document.id }, select: { update: true } });
    // The chair's edit is in the log as text, so the viewer's would be found if it had been logged.
    expect(logged.some((row) => Buffer.from(row.update).includes("chair typed"))).toBe(true);
    expect(logged.filter((row) => Buffer.from(row.update).includes("VANDALISM"))).toEqual([]);
  });

  it("refuses documents a person may not read, unknown documents, and an expired sign-in, each with a reason", async () => {
    const membersOnly = await makeSession({ visibility: "MEMBERS" });
    const user = await createSignedInPerson("user");
    const member = await createSignedInPerson("member");
    await expect(connect(membersOnly.documentName, user.sessionToken)).rejects.toThrow(/no such notes document/);
    await expect(connect(membersOnly.documentName)).rejects.toThrow(/no such notes document/);
    await expect(connect("session-notes/999999", member.sessionToken)).rejects.toThrow(/no such notes document/);
    await expect(connect("anything-else", member.sessionToken)).rejects.toThrow(/no such notes document/);
    const allowed = await connect(membersOnly.documentName, member.sessionToken);
    expect(allowed.scope()).toBe("read-write");

    const expired = await createSignedInPerson("member");
    await db.session.updateMany({ where: { sessionToken: expired.sessionToken }, data: { expires: new Date(Date.now() - 1000) } });
    await expect(connect(membersOnly.documentName, expired.sessionToken)).rejects.toThrow(/sign-in has expired/);
  });

  it("closes a connection that sends garbage, an oversize message or a flood, and keeps serving everyone else", async () => {
    const session = await makeSession({ notes: "" });
    const person = await createSignedInPerson();
    const bystander = await connect(session.documentName, person.sessionToken);

    const raw = async (messages: Uint8Array[]) => {
      const socket = new WebSocket(`${baseUrl.replace("http", "ws")}/collab`, { headers: { cookie: `authjs.session-token=${person.sessionToken}` } });
      await once(socket, "open");
      socket.send(authMessage(session.documentName));
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const message of messages) socket.send(message);
      const [code, reason] = (await once(socket, "close")) as [number, Buffer];
      return { code, reason: reason.toString() };
    };
    const garbage = await raw([updateMessage(session.documentName, new Uint8Array([1, 2, 3, 250, 250, 250]))]);
    expect(garbage).toMatchObject({ code: 4400, reason: /could not be read/ });

    const oversize = await raw([new Uint8Array(noteLimits.maxMessageBytes + 1)]);
    expect(oversize.code).toBe(1009);

    const awareness = awarenessQuery(session.documentName);
    const flood = await raw(Array.from({ length: noteLimits.messageBurst + 50 }, () => awareness));
    expect(flood).toMatchObject({ code: 4429, reason: /Too many changes/ });

    bystander.text.insert(0, "still here");
    await bystander.settled();
    const other = await connect(session.documentName, person.sessionToken);
    expect(other.text.toString()).toBe("still here");
  });

  it("merges what a client typed while disconnected when it comes back", async () => {
    const session = await makeSession({ notes: "start\n" });
    const person = await createSignedInPerson();
    const a = await connect(session.documentName, person.sessionToken);
    const b = await connect(session.documentName, person.sessionToken);
    a.goOffline();
    a.text.insert(a.text.length, "typed offline\n");
    b.text.insert(0, "typed online\n");
    await b.settled();
    await a.goOnline();
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.toString().includes("typed offline"), 5_000, "the merge");
    expect(b.text.toString()).toBe("typed online\nstart\ntyped offline\n");
  });
});

describe("presence", () => {
  const forgedColor = "blue; position:fixed; inset:0; background:url(https://tracker.example/pixel.png)";
  const paletteColor = /^#[0-9a-f]{6}$/;
  type Shown = { user?: { name?: unknown; color?: unknown; colorLight?: unknown; key?: unknown }; cursor?: unknown; [field: string]: unknown };
  const presenceOf = (client: NotesClient, clientId: number) => client.provider.awareness?.getStates().get(clientId) as Shown | undefined;

  it("shows every connection under the name the server knows and a palette colour, whatever it claims, and drops fields it does not know", async () => {
    const session = await makeSession({ notes: "" });
    const chair = await createSignedInPerson("chair");
    const member = await createSignedInPerson("member");
    const observer = await connect(session.documentName, chair.sessionToken);
    const visitor = await connect(session.documentName);
    const signedIn = await connect(session.documentName, member.sessionToken);
    const forged = {
      user: { name: chair.name, color: forgedColor, colorLight: forgedColor, key: chair.id },
      cursor: { anchor: { assoc: 0, tname: "notes", evil: "x" }, head: { assoc: 0, tname: "notes" } },
      avatar: "https://tracker.example/a.png",
    };
    visitor.provider.awareness!.setLocalState(forged);
    signedIn.provider.awareness!.setLocalState(forged);

    await waitFor(() => presenceOf(observer, visitor.doc.clientID)?.user !== undefined && presenceOf(observer, signedIn.doc.clientID)?.user !== undefined, 5_000, "both presences");
    const shownVisitor = presenceOf(observer, visitor.doc.clientID)!;
    const shownMember = presenceOf(observer, signedIn.doc.clientID)!;
    expect(shownVisitor.user).toMatchObject({ name: "Visitor", color: expect.stringMatching(paletteColor) });
    expect(shownMember.user).toMatchObject({ name: member.name, color: expect.stringMatching(paletteColor) });
    for (const shown of [shownVisitor, shownMember]) {
      expect(Object.keys(shown).sort()).toEqual(["cursor", "user"]);
      expect(shown.user!.colorLight).toBe(`${shown.user!.color as string}33`);
      expect(shown.user!.key).not.toBe(chair.id);
      expect(shown.cursor).toEqual({ anchor: { type: null, tname: "notes", item: null, assoc: 0 }, head: { type: null, tname: "notes", item: null, assoc: 0 } });
    }
    // One person's tabs share a key (the list shows them once); two visitors do not.
    const secondTab = await connect(session.documentName, member.sessionToken);
    secondTab.provider.awareness!.setLocalStateField("user", { name: "anything" });
    await waitFor(() => presenceOf(observer, secondTab.doc.clientID)?.user !== undefined, 5_000, "the second tab");
    expect(presenceOf(observer, secondTab.doc.clientID)!.user!.key).toBe(shownMember.user!.key);
  });

  it("refuses a connection's changes to another client's presence, and removing it", async () => {
    const session = await makeSession({ notes: "" });
    const chair = await createSignedInPerson("chair");
    const chairClient = await connect(session.documentName, chair.sessionToken);
    chairClient.provider.awareness!.setLocalStateField("user", { name: chair.name });
    const observer = await connect(session.documentName);
    await waitFor(() => presenceOf(observer, chairClient.doc.clientID)?.user !== undefined, 5_000, "the chair's presence");
    const before = presenceOf(observer, chairClient.doc.clientID);

    // A raw connection that writes states for the chair's client: changed, then removed, each with a clock far ahead.
    const socket = new WebSocket(`${baseUrl.replace("http", "ws")}/collab`);
    await once(socket, "open");
    socket.send(authMessage(session.documentName));
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.send(awarenessMessage(session.documentName, [{ clientId: chairClient.doc.clientID, clock: 1_000, state: { user: { name: "Hijacked", color: forgedColor, key: "x" } } }]));
    socket.send(
      awarenessMessage(session.documentName, [
        { clientId: 424242, clock: 1, state: { user: { name: "Mallory", color: "#000000", key: "m" } } },
        { clientId: chairClient.doc.clientID, clock: 2_000, state: null },
      ]),
    );
    await waitFor(() => presenceOf(observer, 424242)?.user !== undefined, 5_000, "the raw connection's own presence");
    expect(presenceOf(observer, 424242)!.user).toMatchObject({ name: "Visitor", color: expect.stringMatching(paletteColor) });
    expect(presenceOf(observer, chairClient.doc.clientID)).toEqual(before);
    socket.close();
  });
});

describe("the record", () => {
  it("shows acknowledged edits on the notes page before the server has compacted them", async () => {
    const session = await makeSession({ notes: "" });
    const person = await createSignedInPerson();
    const client = await connect(session.documentName, person.sessionToken);
    client.text.insert(0, "Decision: adopt PEP 810 lazy imports in the pilot.");
    await client.settled();
    const notes = await getSessionNotes({ actor: person.actor, slug: session.slug });
    expect(notes?.markdown).toBe("Decision: adopt PEP 810 lazy imports in the pilot.");
  });

  it("restores a revision as a live edit that others see, keeping what it replaced; only chairs may", async () => {
    const session = await makeSession({ notes: "first draft\n" });
    const person = await createSignedInPerson();
    const chair = await createSignedInPerson("chair");
    const writer = await connect(session.documentName, person.sessionToken);
    writer.text.insert(writer.text.length, "second line\n");
    await writer.settled();
    writer.close();
    await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "unload");
    const [first] = await db.noteRevision.findMany({ where: { document: { sessionId: session.id } } });
    expect(first).toMatchObject({ reason: "PERIODIC", markdown: "first draft\nsecond line\n" });

    const watcher = await connect(session.documentName, person.sessionToken);
    watcher.text.delete(0, watcher.text.length);
    watcher.text.insert(0, "vandalised");
    await watcher.settled();
    await expect(restoreNoteRevision({ actor: person.actor, revisionId: first!.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await restoreNoteRevision({ actor: chair.actor, revisionId: first!.id });
    await waitFor(() => watcher.text.toString() === "first draft\nsecond line\n", 5_000, "the restore to arrive live");
    const saved = await db.noteRevision.findFirst({ where: { reason: "BEFORE_RESTORE" } });
    expect(saved).toMatchObject({ markdown: "vandalised", createdById: chair.id });
    expect(await storedText(session.id)).toBe("first draft\nsecond line\n");
  });

  it("folds log rows written through another instance into the stored state when it stores, so the log does not grow", async () => {
    const session = await makeSession({ notes: "Base" });
    const stored = await loadNotes(session.id);
    // This process's copy, with its own edit.
    const ours = docFromUpdates(stored.updates);
    ours.getText(NOTES_TEXT_FIELD).insert(4, " and ours");
    // Another instance logged an edit this process never applied (with Redis, that one may never store).
    const theirs = docFromUpdates(stored.updates);
    const before = Y.encodeStateVector(theirs);
    theirs.getText(NOTES_TEXT_FIELD).insert(0, "Theirs: ");
    await logNoteUpdate(stored.documentId, Y.encodeStateAsUpdate(theirs, before));

    await storeNotes({ documentId: stored.documentId, state: Y.encodeStateAsUpdate(ours) });
    const row = await db.noteDocument.findUniqueOrThrow({ where: { id: stored.documentId }, select: { markdown: true, _count: { select: { updates: true } } } });
    expect(row.markdown).toBe("Theirs: Base and ours");
    expect(row._count.updates).toBe(0);
  });

  it("keeps the stored Markdown and the search index up to date when the notes hold a NUL or other control characters", async () => {
    const session = await makeSession({ notes: "" });
    const person = await createSignedInPerson();
    const searchable = async (word: string) => (await db.$queryRaw<{ found: boolean }[]>`SELECT "searchVector" @@ plainto_tsquery('english', ${word}) AS found FROM "NoteDocument" WHERE "sessionId" = ${session.id}`)[0]?.found;
    const storeAndUnload = async (client: NotesClient) => {
      await client.settled();
      client.close();
      clients.splice(clients.indexOf(client), 1);
      await waitFor(() => collab.hocuspocus.getDocumentsCount() === 0, 10_000, "the document to be stored and unloaded");
    };

    const writer = await connect(session.documentName, person.sessionToken);
    writer.text.insert(0, "alpha\u0000 bravo\u0007 charlie\n");
    await storeAndUnload(writer);
    const first = await db.noteDocument.findUniqueOrThrow({ where: { sessionId: session.id }, select: { markdown: true } });
    expect(first.markdown).toBe("alpha bravo charlie\n");
    expect(await searchable("charlie")).toBe(true);

    // Later words become searchable too, with the NUL still in the document and after it is deleted.
    const again = await connect(session.documentName, person.sessionToken);
    expect(again.text.toString()).toContain("\u0000");
    again.text.insert(again.text.length, "delta\n");
    await storeAndUnload(again);
    expect(await searchable("delta")).toBe(true);
    const last = await connect(session.documentName, person.sessionToken);
    last.text.delete(last.text.toString().indexOf("\u0000"), 1);
    last.text.insert(last.text.length, "echo\n");
    await storeAndUnload(last);
    expect(await searchable("echo")).toBe(true);
    expect((await db.noteDocument.findUniqueOrThrow({ where: { sessionId: session.id } })).markdown).toBe("alpha bravo charlie\ndelta\necho\n");
    // What the notes page shows before the next store, from the state and the log.
    expect((await readNotesText(session.id)).markdown).toBe("alpha bravo charlie\ndelta\necho\n");
  });

  it("stores notes of 1.5 MB of distinct words, whose full search index would exceed PostgreSQL's 1 MB tsvector", async () => {
    const session = await makeSession({ notes: "" });
    const { documentId } = await loadNotes(session.id);
    const words = Array.from({ length: 120_000 }, (_, index) => `w${(index * 7919).toString(36)}x${index.toString(36)}`).join(" ");
    await storeNotes({ documentId, state: Y.encodeStateAsUpdate(docFromMarkdown(`${words} finalword`)) });
    const stored = await db.noteDocument.findUniqueOrThrow({ where: { id: documentId }, select: { markdown: true } });
    expect(stored.markdown.length).toBeGreaterThan(1_500_000);
    const [{ found } = { found: false }] = await db.$queryRaw<{ found: boolean }[]>`SELECT "searchVector" @@ plainto_tsquery('english', ${words.slice(0, words.indexOf(" "))}) AS found FROM "NoteDocument" WHERE id = ${documentId}`;
    expect(found).toBe(true);
  });

  it("keeps one revision of each session's notes when it ends", async () => {
    const ended = await createSession({ hoursFromNow: [-2, -1], notes: "final words" });
    await makeSession({ notes: "still going" });
    expect(await recordSessionEndRevisions()).toBe(1);
    expect(await recordSessionEndRevisions()).toBe(0);
    const revisions = await db.noteRevision.findMany({ where: { reason: "SESSION_END" }, select: { markdown: true, document: { select: { sessionId: true } } } });
    expect(revisions).toEqual([{ markdown: "final words", document: { sessionId: ended.id } }]);
  });

  it("lists the sessions whose notes mention a PEP, among those the person may read", async () => {
    const open = await makeSession({ notes: "" });
    const closed = await makeSession({ notes: "", visibility: "MEMBERS" });
    await db.noteDocument.updateMany({ where: { sessionId: { in: [open.id, closed.id] } }, data: { mentionedPeps: [703, 810] } });
    const user = await createSignedInPerson("user");
    const member = await createSignedInPerson("member");
    expect((await listSessionsMentioningPep({ actor: user.actor, pepNumber: 703 })).map((session) => session.id)).toEqual([open.id]);
    expect((await listSessionsMentioningPep({ actor: member.actor, pepNumber: 810 })).map((session) => session.id).sort()).toEqual([open.id, closed.id].sort());
    expect(await listSessionsMentioningPep({ actor: member.actor, pepNumber: 8 })).toEqual([]);
  });
});

/** The text of the stored state alone (a restore stores at once, without the log). */
async function storedText(sessionId: number) {
  const notes = await db.noteDocument.findUniqueOrThrow({ where: { sessionId }, select: { state: true } });
  return textOf(docFromUpdates([notes.state!]));
}

describe("in a process of its own", () => {
  const processes: ChildProcess[] = [];
  const startProcess = async (port: number, env: Record<string, string> = {}) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/register-server-only.mjs", "tests/support/collab-process.ts"], {
      env: { ...process.env, DATABASE_URL: getAppConfig().databaseUrl, PORT: String(port), ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    processes.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`collab process exited with ${code}`)));
    });
    return { child, url: `http://127.0.0.1:${port}` };
  };
  afterEach(() => {
    for (const child of processes.splice(0)) child.kill("SIGKILL");
  });
  const freePort = async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    probe.close();
    return port;
  };

  it("keeps every acknowledged edit when the server is killed with SIGKILL while people type", async () => {
    const session = await makeSession({ notes: "" });
    const person = await createSignedInPerson();
    const port = await freePort();
    const first = await startProcess(port);
    const typist = await connect(session.documentName, person.sessionToken, first.url);
    const sentence = "Lustre metadata storms at import time. ";
    for (let index = 0; index < 200; index += 1) {
      typist.text.insert(typist.text.length, sentence[index % sentence.length]!);
      if (index % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await typist.settled();
    const acknowledged = typist.text.toString();
    first.child.kill("SIGKILL");
    await once(first.child, "exit");
    typist.close();

    const second = await startProcess(port);
    const reader = await connect(session.documentName, person.sessionToken, second.url);
    expect(reader.text.toString()).toBe(acknowledged);
    expect(acknowledged).toHaveLength(200);
  });

  it("with REDIS_URL, an edit made through one process reaches the clients of another", async () => {
    const redisServer = spawnSync("which", ["redis-server"]).stdout.toString().trim();
    expect(redisServer, "redis-server is needed (Debian package redis-server; .ci/run installs it)").not.toBe("");
    const redisPort = await freePort();
    const redis = spawn(redisServer, ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    processes.push(redis);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const [one, two] = await Promise.all([startProcess(await freePort(), { REDIS_URL: redisUrl }), startProcess(await freePort(), { REDIS_URL: redisUrl })]);

    const session = await makeSession({ notes: "" });
    const person = await createSignedInPerson();
    const a = await connect(session.documentName, person.sessionToken, one.url);
    const b = await connect(session.documentName, person.sessionToken, two.url);
    a.text.insert(0, "from process one. ");
    await waitFor(() => b.text.toString().includes("from process one."), 5_000, "the edit through Redis");
    b.text.insert(b.text.length, "from process two.");
    await waitFor(() => a.text.toString() === "from process one. from process two.", 5_000, "the reply through Redis");
  });
});
