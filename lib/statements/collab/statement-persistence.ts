import * as Y from "yjs";
import { db, type Database, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import type { LogOutcome, StoredCollabDocument } from "@/lib/notes/collab-document-kind";
import { mentionedPepNumbers } from "@/lib/notes/note-document";
import { asBytes, docFromMarkdown, docFromUpdates, PERIODIC_REVISION_INTERVAL_MS, textOf } from "@/lib/notes/note-persistence";
import { editableStatementStages } from "@/lib/permissions";
import { mentionedPainPointIds } from "@/lib/statements/collab/references";
import { syncEvidenceFromText } from "@/lib/statements/evidence/sync-evidence-from-text";

/**
 * How a statement's text is kept, as a session's notes are
 * (lib/notes/note-persistence.ts): `StatementUpdate` is the write-ahead log,
 * written before an update is acknowledged; `Statement.yjsState` the whole
 * text as one Yjs update, into which a debounced store merges the process's
 * copy and every logged row (then deletes them), with `markdown` beside it.
 *
 * The one difference is the freeze: from the vote on, the text takes no
 * edit. A stage change (lib/statements/) locks the Statement row FOR UPDATE
 * in its transaction; a log insert is a single statement that takes a share
 * lock on the same row and inserts only while the stage is editable. So
 * either the insert commits first, and the stage change (waiting for the
 * lock) sees the update in the log when it keeps the text version, or the
 * stage change commits first, and the insert (waiting, then re-reading the
 * row) inserts nothing and the update is refused. No acknowledged edit can
 * land after the text a vote is on was read.
 *
 * The price: the share lock also waits for a store (whose UPDATE of the row
 * locks it), so typing pauses for the length of a store transaction.
 */

type Client = Database | DatabaseTransaction;

const editableStages = [...editableStatementStages] satisfies StatementStage[];

/** What the person is told when an update is refused, by the stage that refused it. */
export const frozenTextReasons = {
  VOTE: "The text is frozen while the group votes on it.",
  PUBLISHED: "The statement is published; its text can no longer be changed.",
  WITHDRAWN: "The statement was withdrawn; its text can no longer be changed.",
} as const satisfies Partial<Record<StatementStage, string>>;

/**
 * The statement's text exactly as acknowledged: the stored state merged with
 * every row of the update log, so edits the debounced store has not folded in
 * yet are in it. The lifecycle code calls it inside the transaction that has
 * locked the Statement row FOR UPDATE, when it keeps a text version at a
 * lifecycle step; with that lock held, no edit can be logged meanwhile (see
 * above), so the text returned is the text frozen.
 *
 * `state` is a Yjs update holding the whole text (for StatementTextVersion's
 * yjsState). For a statement whose text was never opened in the editor (a
 * Markdown text and no Yjs state yet), it is a fresh document built from that
 * text: it reproduces the text, but is not the history the editor will start
 * from, so apply it to a live document only through a text replacement.
 * Throws NOT_FOUND when there is no such statement. Checks no permission.
 */
export async function readCurrentStatementText(client: Client, statementId: number): Promise<{ markdown: string; state: Uint8Array }> {
  const doc = await readCurrentStatementDoc(client, statementId);
  return { markdown: textOf(doc), state: Y.encodeStateAsUpdate(doc) };
}

/** The same text as a Yjs document, for reading where anchored comments are in it now. */
export async function readCurrentStatementDoc(client: Client, statementId: number): Promise<Y.Doc> {
  const statement = await client.statement.findUnique({ where: { id: statementId }, select: { markdown: true, yjsState: true } });
  if (!statement) throw new AppError("NOT_FOUND", "There is no such statement.");
  const logged = await client.statementUpdate.findMany({ where: { statementId }, orderBy: { id: "asc" }, select: { update: true } });
  const updates = [...(statement.yjsState ? [statement.yjsState] : []), ...logged.map((row) => row.update)];
  return updates.length ? docFromUpdates(updates) : docFromMarkdown(statement.markdown);
}

/**
 * Everything stored for a statement's text. A statement created with a
 * Markdown text and no Yjs state yet starts from that text — done here under
 * the row lock, so that two processes cannot both insert it.
 */
export async function loadStatementText(statementId: number): Promise<StoredCollabDocument> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ yjsState: Uint8Array | null; markdown: string }[]>`
      SELECT "yjsState", markdown FROM "Statement" WHERE id = ${statementId} FOR NO KEY UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "There is no such statement.");
    const logged = await tx.statementUpdate.findMany({ where: { statementId }, orderBy: { id: "asc" }, select: { update: true } });
    if (row.yjsState || logged.length) {
      return { documentId: statementId, updates: [...(row.yjsState ? [row.yjsState] : []), ...logged.map((entry) => entry.update)] };
    }
    const state = Y.encodeStateAsUpdate(docFromMarkdown(row.markdown));
    await tx.$executeRaw`UPDATE "Statement" SET "yjsState" = ${state} WHERE id = ${statementId}`;
    return { documentId: statementId, updates: [state] };
  });
}

/**
 * Appends a received update to the log if, and only if, the statement's
 * stage takes edits at this moment (see the top of this file); resolves once
 * it is durable. With `authorId`, the same statement records that person as
 * an author (once: a later insert changes nothing).
 */
export async function logStatementUpdate({ statementId, update, authorId }: { statementId: number; update: Uint8Array; authorId: string | null }): Promise<LogOutcome> {
  const [result] = await db.$queryRaw<{ logged: number }[]>`
    WITH logged AS (
      INSERT INTO "StatementUpdate" ("statementId", "update")
      SELECT id, ${update} FROM "Statement" WHERE id = ${statementId} AND stage = ANY(${editableStages}::"StatementStage"[]) FOR SHARE
      RETURNING "statementId"
    ), authored AS (
      INSERT INTO "StatementAuthor" ("statementId", "userId")
      SELECT "statementId", ${authorId}::text FROM logged WHERE ${authorId}::text IS NOT NULL
      ON CONFLICT DO NOTHING
    )
    SELECT count(*)::int AS logged FROM logged`;
  if (result && result.logged > 0) return { isLogged: true };
  const statement = await db.statement.findUnique({ where: { id: statementId }, select: { stage: true } });
  const reason = statement ? (frozenTextReasons as Partial<Record<StatementStage, string>>)[statement.stage] : undefined;
  return { isLogged: false, reason: `${reason ?? "The statement's text can no longer be changed."} Your last change was not saved.` };
}

/**
 * Merges a process's copy of the text and the whole log into the stored
 * state, refreshes the Markdown and the references beside it, deletes the
 * merged log rows, and keeps a PERIODIC text version now and then. Rows
 * logged while this runs are not seen and stay for the next store.
 */
export async function storeStatementText({ statementId, state }: { statementId: number; state: Uint8Array }) {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ yjsState: Uint8Array | null; markdown: string }[]>`
      SELECT "yjsState", markdown FROM "Statement" WHERE id = ${statementId} FOR NO KEY UPDATE`;
    if (!row) return; // the statement was deleted meanwhile
    const logged = await tx.statementUpdate.findMany({ where: { statementId }, orderBy: { id: "asc" }, select: { id: true, update: true } });
    const merged = Y.mergeUpdates([...(row.yjsState ? [row.yjsState] : []), state, ...logged.map((entry) => entry.update)]);
    const markdown = textOf(docFromUpdates([merged]));
    const isChanged = markdown !== row.markdown;
    // A store after which nothing differs (the last person leaving, say) leaves the row and its version alone.
    if (!isChanged && logged.length === 0) return;
    await tx.$executeRaw`
      UPDATE "Statement"
      SET "yjsState" = ${merged}, markdown = ${markdown},
          "mentionedPeps" = ${mentionedPepNumbers(markdown)}::int[], "mentionedPainPoints" = ${mentionedPainPointIds(markdown)}::int[],
          "textChangedAt" = CASE WHEN ${isChanged} THEN now() ELSE "textChangedAt" END,
          version = version + 1, "updatedAt" = now()
      WHERE id = ${statementId}`;
    if (logged.length) await tx.statementUpdate.deleteMany({ where: { id: { in: logged.map((entry) => entry.id) } } });
    if (isChanged) {
      await keepPeriodicTextVersion(tx, { statementId, markdown, state: merged });
      // "PEP 703" and "#pain-123" in the text are evidence too: added when written, gone when the reference is.
      await syncEvidenceFromText(tx, statementId);
    }
  });
}

/**
 * At most one PERIODIC version every ten minutes while the text changes (as
 * the notes keep revisions), none when the newest kept version already
 * reads the same. The row lock the store holds keeps the lifecycle's own
 * versions apart, so max + 1 is free.
 */
async function keepPeriodicTextVersion(tx: DatabaseTransaction, version: { statementId: number; markdown: string; state: Uint8Array }) {
  const newest = await tx.statementTextVersion.findFirst({ where: { statementId: version.statementId }, orderBy: { number: "desc" }, select: { number: true, markdown: true, createdAt: true } });
  if (newest && (newest.markdown === version.markdown || Date.now() - newest.createdAt.getTime() < PERIODIC_REVISION_INTERVAL_MS)) return;
  await tx.statementTextVersion.create({
    data: { statementId: version.statementId, number: (newest?.number ?? 0) + 1, markdown: version.markdown, yjsState: asBytes(version.state), reason: "PERIODIC" },
  });
}
