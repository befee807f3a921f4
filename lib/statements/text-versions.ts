import { diffLines } from "diff";
import * as Y from "yjs";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StatementVersionReason } from "@/lib/generated/prisma/enums";
import { parseOrRefuse } from "@/lib/membership/records";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { can, type Actor } from "@/lib/permissions";
import { asBytes, docFromMarkdown, docFromUpdates } from "@/lib/notes/note-persistence";
import { NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { replaceText } from "@/lib/notes/restore-note-revision";
import { applyStoredStatementText } from "@/lib/statements/collab/refresh-statement-connections";
import { readCurrentStatementText } from "@/lib/statements/collab/statement-persistence";
import { textReferences } from "@/lib/statements/collab/references";
import { syncEvidenceFromText } from "@/lib/statements/evidence/sync-evidence-from-text";
import { auditStatement, chairsOnly, findReadableStatement, lockStatement, notifyFollowers, statementChangedMeanwhile, updateStatement } from "@/lib/statements/records";
import { compareTextVersionsSchema, restoreTextVersionSchema, statementRefSchema } from "@/lib/statements/schemas";

/** The Y.Text a statement's Markdown lives in: the same name as the notes', so the editor's binding is one piece of code. */
export const STATEMENT_TEXT_FIELD = NOTES_TEXT_FIELD;

/** The statement's text as one Yjs update: its stored state, or a document built from its Markdown when no editor has opened it yet. */
function stateOf(statement: { markdown: string; yjsState: Uint8Array | null }): Uint8Array {
  return statement.yjsState ? statement.yjsState : Y.encodeStateAsUpdate(docFromMarkdown(statement.markdown));
}

/**
 * Keeps the statement's current text as its next version (1, 2, 3…), unless
 * it reads the same as the newest kept version; returns the newest version
 * either way, so a step taken on unchanged text points at the version it
 * was taken on. Call it with the statement's row locked (the numbers are
 * counted from the rows already kept).
 */
export async function keepTextVersion(tx: DatabaseTransaction, { statementId, reason, actorId }: { statementId: number; reason: StatementVersionReason; actorId: string | null }) {
  // The text as acknowledged to the editors, the updates not yet stored included: what a vote opens on is exactly what was on their screens.
  const current = await readCurrentStatementText(tx, statementId);
  const stored = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { markdown: true } });
  if (stored.markdown !== current.markdown) {
    await tx.statement.update({ where: { id: statementId }, data: { markdown: current.markdown, ...textReferences(current.markdown) } });
    await syncEvidenceFromText(tx, statementId);
  }
  const newest = await tx.statementTextVersion.findFirst({ where: { statementId }, orderBy: { number: "desc" }, select: { id: true, number: true, markdown: true } });
  if (newest && newest.markdown === current.markdown) return { id: newest.id, number: newest.number };
  return tx.statementTextVersion.create({
    data: { statementId, number: (newest?.number ?? 0) + 1, markdown: current.markdown, yjsState: asBytes(current.state), reason, createdById: actorId },
    select: { id: true, number: true },
  });
}

/** Every kept version of a statement's text, newest first, without the texts themselves. */
export async function listTextVersions({ actor, input }: { actor: Actor; input: unknown }) {
  const { slug } = parseOrRefuse(statementRefSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const versions = await db.statementTextVersion.findMany({
    where: { statementId: statement.id },
    orderBy: { number: "desc" },
    select: { id: true, number: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return versions.map(({ createdBy, ...version }) => ({ ...version, createdByName: createdBy?.name ?? null }));
}

export interface TextDiffPart {
  kind: "added" | "removed" | "unchanged";
  text: string;
}

/** Two texts line by line, with the `diff` package the history pages use (their word diff suits a summary, lines suit a long text). */
export function diffTextLines(before: string, after: string): TextDiffPart[] {
  return diffLines(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "unchanged", text: part.value }));
}

/** Two kept versions of a statement's text and the lines that changed from the one to the other. */
export async function compareTextVersions({ actor, input }: { actor: Actor; input: unknown }) {
  const { slug, from, to } = parseOrRefuse(compareTextVersionsSchema, input);
  const statement = await findReadableStatement(db, actor, slug);
  const versions = await db.statementTextVersion.findMany({ where: { statementId: statement.id, number: { in: [from, to] } }, select: { number: true, markdown: true, createdAt: true } });
  const before = versions.find((version) => version.number === from);
  const after = versions.find((version) => version.number === to);
  if (!before || !after) throw new AppError("NOT_FOUND", `This statement has no text version ${!before ? from : to}.`);
  return { from: { number: from, createdAt: before.createdAt }, to: { number: to, createdAt: after.createdAt }, parts: diffTextLines(before.markdown, after.markdown) };
}

/**
 * A chair puts an earlier version's text back, in draft or review only (a
 * vote is on a fixed text, and what was published stays as published).
 * What it replaces is kept first (BEFORE_RESTORE), and the restored text is
 * kept as a version of its own (RESTORED), so a restore can be undone.
 */
export async function restoreTextVersion({ actor, input }: { actor: Actor; input: unknown }) {
  chairsOnly(actor, can(actor, "statements.manageVote"));
  const { slug, number, reason } = parseOrRefuse(restoreTextVersionSchema, input);
  const { result, notifications } = await db.$transaction(async (tx) => {
    const statement = await lockStatement(tx, actor, slug);
    if (statement.stage !== "DRAFT" && statement.stage !== "REVIEW")
      throw statementChangedMeanwhile(statement, `The statement is ${statement.stage === "VOTE" ? "in the vote, on a fixed text" : statement.stage.toLowerCase()}; an earlier text can be restored only in draft or review.`);
    const version = await tx.statementTextVersion.findUnique({ where: { statementId_number: { statementId: statement.id, number } }, select: { markdown: true } });
    if (!version) throw new AppError("NOT_FOUND", `This statement has no text version ${number}.`);
    const replaced = await keepTextVersion(tx, { statementId: statement.id, reason: "BEFORE_RESTORE", actorId: actor.userId });

    const current = await tx.statement.findUniqueOrThrow({ where: { id: statement.id }, select: { markdown: true, yjsState: true } });
    const logged = await tx.statementUpdate.findMany({ where: { statementId: statement.id }, orderBy: { id: "asc" }, select: { update: true } });
    // The restore is an edit of the document as stored (state and logged updates), never a swap of states, so clients' copies merge with it.
    const doc = docFromUpdates([stateOf(current), ...logged.map((entry) => entry.update)]);
    replaceText(doc.getText(STATEMENT_TEXT_FIELD), version.markdown);
    await updateStatement(tx, statement.id, { markdown: version.markdown, yjsState: asBytes(Y.encodeStateAsUpdate(doc)), textChangedAt: new Date() });
    const restored = await keepTextVersion(tx, { statementId: statement.id, reason: "RESTORED", actorId: actor.userId });

    await auditStatement(tx, actor, statement, { action: "statement.text.restore", before: { textVersion: replaced.number }, after: { textVersion: restored.number, restoredFrom: number }, reason });
    const notifications = await notifyFollowers(tx, statement, { title: `Text version ${number} of "${statement.title}" was restored`, body: reason }, actor.userId);
    return { result: { statementId: statement.id, replacedVersion: replaced.number, restoredVersion: restored.number, markdown: version.markdown }, notifications };
  });
  emailNotificationsInBackground(notifications);
  await applyStoredStatementText(result.statementId);
  return { replacedVersion: result.replacedVersion, restoredVersion: result.restoredVersion };
}
