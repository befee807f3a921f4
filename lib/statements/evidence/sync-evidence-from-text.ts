import { db, type DatabaseTransaction } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockStatementForEvidence } from "@/lib/statements/evidence/records";

/** What one sync changed: the PEP numbers and pain-point ids added and removed. */
export interface EvidenceSyncResult {
  addedPeps: number[];
  removedPeps: number[];
  addedPainPoints: number[];
  removedPainPoints: number[];
}

/**
 * Makes the evidence that came from the text match what the text references
 * now (Statement.mentionedPeps and mentionedPainPoints, which the editor
 * keeps with the text). Call it in the transaction that stored the text,
 * after storing it:
 *
 * - a newly referenced PEP or pain point is added (isFromText), if it exists
 *   and is not hidden (a hidden report takes no links) — unless the evidence
 *   already has it, by hand or from the text: no duplicate is made;
 * - a from-text row whose reference is gone is removed;
 * - hand-added rows are never touched, referenced or not.
 *
 * The statement's row is locked (already so when the caller just updated it),
 * so a hand-added row and a sync never race into a duplicate.
 */
export async function syncEvidenceFromText(tx: DatabaseTransaction, statementId: number): Promise<EvidenceSyncResult> {
  await lockStatementForEvidence(tx, null, statementId);
  const statement = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { mentionedPeps: true, mentionedPainPoints: true } });
  // One after another: a transaction is one connection, which runs one query at a time.
  const peps = await tx.pep.findMany({ where: { number: { in: statement.mentionedPeps } }, select: { number: true } });
  const painPoints = await tx.painPoint.findMany({ where: { id: { in: statement.mentionedPainPoints }, isHidden: false }, select: { id: true } });
  const rows = await tx.statementEvidence.findMany({ where: { statementId, kind: { in: ["PEP", "PAIN_POINT"] } }, select: { id: true, kind: true, pepNumber: true, painPointId: true, isFromText: true } });
  const wantedPeps = new Set(peps.map((pep) => pep.number));
  const wantedPainPoints = new Set(painPoints.map((report) => report.id));

  const stale = rows.filter((row) => row.isFromText && (row.kind === "PEP" ? !wantedPeps.has(row.pepNumber!) : !wantedPainPoints.has(row.painPointId!)));
  const presentPeps = new Set(rows.filter((row) => row.kind === "PEP" && !stale.includes(row)).map((row) => row.pepNumber));
  const presentPainPoints = new Set(rows.filter((row) => row.kind === "PAIN_POINT" && !stale.includes(row)).map((row) => row.painPointId));
  const addedPeps = [...wantedPeps].filter((number) => !presentPeps.has(number)).sort((a, b) => a - b);
  const addedPainPoints = [...wantedPainPoints].filter((id) => !presentPainPoints.has(id)).sort((a, b) => a - b);

  if (stale.length) await tx.statementEvidence.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  if (addedPeps.length || addedPainPoints.length) {
    await tx.statementEvidence.createMany({
      data: [...addedPeps.map((pepNumber) => ({ statementId, kind: "PEP" as const, pepNumber, isFromText: true })), ...addedPainPoints.map((painPointId) => ({ statementId, kind: "PAIN_POINT" as const, painPointId, isFromText: true }))],
    });
  }
  return {
    addedPeps,
    removedPeps: stale.flatMap((row) => (row.kind === "PEP" ? [row.pepNumber!] : [])).sort((a, b) => a - b),
    addedPainPoints,
    removedPainPoints: stale.flatMap((row) => (row.kind === "PAIN_POINT" ? [row.painPointId!] : [])).sort((a, b) => a - b),
  };
}

/**
 * The same sync as a use case of its own, for callers outside the text's
 * transaction (a repair after a pain point is shown again, a script): a
 * member who may edit statements runs it on one they may read.
 */
export async function refreshEvidenceFromText({ actor, statementId }: { actor: Actor; statementId: number }): Promise<EvidenceSyncResult> {
  assertCan(actor, "statements.edit");
  return db.$transaction(async (tx) => {
    await lockStatementForEvidence(tx, actor, statementId);
    return syncEvidenceFromText(tx, statementId);
  });
}
