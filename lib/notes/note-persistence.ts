import * as Y from "yjs";
import { db, type DatabaseTransaction } from "@/lib/db";
import type { StoredCollabDocument } from "@/lib/notes/collab-document-kind";
import { mentionedPepNumbers, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { stripControlCharacters } from "@/lib/validation/text";

/**
 * How a session's notes are kept in PostgreSQL:
 *
 * - `NoteUpdate` is a write-ahead log. Every update a client sends is inserted
 *   there *before* the collaboration server applies and acknowledges it, so an
 *   acknowledged edit survives a crash of the process at any moment.
 * - `NoteDocument.state` is the whole document as one Yjs update. Every few
 *   seconds while people type, the server merges its in-memory document and
 *   every row of the log into it, and deletes those rows. Taking the whole log,
 *   not only what this process wrote, means rows written through another
 *   instance (which may never store: with Redis one instance stores at a time)
 *   are folded in too, so the log cannot grow without end.
 *
 * Loads and stores lock the document's row FOR NO KEY UPDATE: that keeps two
 * of them apart, yet lets log inserts (whose foreign-key check takes a key
 * share lock on the same row) go on while a store runs.
 *
 * Loading applies the state and then the log; Yjs updates are idempotent and
 * commute, so replaying a row that the state already contains is harmless, and
 * two processes storing the same document (several instances) merge rather
 * than overwrite each other.
 */

/** Minimum time between two automatic revisions of a document that keeps changing. */
export const PERIODIC_REVISION_INTERVAL_MS = 10 * 60 * 1000;

/** Yjs's bytes as Prisma types them (Yjs never hands out shared memory). */
export const asBytes = (update: Uint8Array) => update as Uint8Array<ArrayBuffer>;

/**
 * The notes' Markdown as the hub stores and shows it. A CRDT document holds
 * whatever its clients typed or sent, control characters included; those
 * show nowhere, and PostgreSQL's text cannot hold a NUL at all (one would
 * make every store fail, and the document could never be stored again).
 */
export function textOf(doc: Y.Doc): string {
  return stripControlCharacters(doc.getText(NOTES_TEXT_FIELD).toString());
}

/**
 * How much of the notes the search index covers. A tsvector holds at most
 * 1 MB; the notes may be 2 MB, and a store whose index overflowed would fail
 * every time. Sessions' notes are far shorter than this.
 */
export const SEARCHABLE_NOTES_LENGTH = 200_000;

/** A document holding a Markdown text that had no Yjs state yet (demo data, notes nobody opened). */
export function docFromMarkdown(markdown: string): Y.Doc {
  const doc = new Y.Doc();
  if (markdown) doc.getText(NOTES_TEXT_FIELD).insert(0, markdown);
  return doc;
}

export function docFromUpdates(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Everything stored for a session's notes, creating the document on first use.
 * A document that has a Markdown text but no Yjs state yet (demo data, notes
 * written before the live editor) starts from that text — done here, under a
 * row lock, so that two processes cannot both insert the text.
 */
export async function loadNotes(sessionId: number): Promise<StoredCollabDocument> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "NoteDocument" ("sessionId", "markdown", "mentionedPeps", "updatedAt") VALUES (${sessionId}, '', '{}', now()) ON CONFLICT ("sessionId") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ id: number; state: Uint8Array | null; markdown: string }[]>`
      SELECT id, state, markdown FROM "NoteDocument" WHERE "sessionId" = ${sessionId} FOR NO KEY UPDATE`;
    if (!row) throw new Error(`Notes of session ${sessionId} vanished while loading`);
    const logged = await tx.noteUpdate.findMany({ where: { documentId: row.id }, orderBy: { id: "asc" }, select: { update: true } });
    if (row.state || logged.length) {
      return { documentId: row.id, updates: [...(row.state ? [row.state] : []), ...logged.map((entry) => entry.update)] };
    }
    const state = Y.encodeStateAsUpdate(docFromMarkdown(row.markdown));
    await tx.noteDocument.update({ where: { id: row.id }, data: { state: asBytes(state) } });
    return { documentId: row.id, updates: [state] };
  });
}

/** Appends a received update to the log; resolves once it is durable. */
export async function logNoteUpdate(documentId: number, update: Uint8Array): Promise<void> {
  await db.$executeRaw`INSERT INTO "NoteUpdate" ("documentId", "update") VALUES (${documentId}, ${update})`;
}

/**
 * Merges a process's copy of the document and the whole update log into the
 * stored state, refreshes the Markdown text beside it (search, export, pages
 * without JavaScript), deletes the log rows it merged, and keeps a revision
 * now and then. Rows logged while this runs are not seen and stay for the next.
 */
export async function storeNotes({ documentId, state }: { documentId: number; state: Uint8Array }) {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ state: Uint8Array | null; markdown: string }[]>`
      SELECT state, markdown FROM "NoteDocument" WHERE id = ${documentId} FOR NO KEY UPDATE`;
    if (!row) return; // the session was deleted meanwhile
    const logged = await tx.noteUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, update: true } });
    // Yjs merges are lossless, commute and ignore what they already hold.
    const merged = Y.mergeUpdates([...(row.state ? [row.state] : []), state, ...logged.map((entry) => entry.update)]);
    const markdown = textOf(docFromUpdates([merged]));
    const isChanged = markdown !== row.markdown;
    const peps = mentionedPepNumbers(markdown);
    await tx.$executeRaw`
      UPDATE "NoteDocument"
      SET state = ${merged}, markdown = ${markdown}, "mentionedPeps" = ${peps}::int[],
          "searchVector" = to_tsvector('english', ${markdown.slice(0, SEARCHABLE_NOTES_LENGTH)}),
          "changedAt" = CASE WHEN ${isChanged} THEN now() ELSE "changedAt" END, "updatedAt" = now()
      WHERE id = ${documentId}`;
    if (logged.length) await tx.noteUpdate.deleteMany({ where: { id: { in: logged.map((entry) => entry.id) } } });
    if (isChanged) await keepPeriodicRevision(tx, { documentId, markdown, state: merged });
  });
}

async function keepPeriodicRevision(tx: DatabaseTransaction, revision: { documentId: number; markdown: string; state: Uint8Array }) {
  const latest = await tx.noteRevision.findFirst({ where: { documentId: revision.documentId }, orderBy: { createdAt: "desc" }, select: { createdAt: true, markdown: true } });
  if (latest && (latest.markdown === revision.markdown || Date.now() - latest.createdAt.getTime() < PERIODIC_REVISION_INTERVAL_MS)) return;
  await tx.noteRevision.create({ data: { ...revision, state: asBytes(revision.state), reason: "PERIODIC" } });
}
