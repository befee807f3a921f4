import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { PainStatus } from "@/lib/generated/prisma/enums";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockPainPoint, notifyFollowers, recountAffected, touchActivity } from "@/lib/pain-points/records";
import { statusLabels } from "@/lib/pain-points/vocabulary";

/**
 * Chairs move reports through their statuses, every change with a reason, in
 * the report's history and the audit log; merging a duplicate into its
 * original moves its weight there. Followers are told.
 */
export async function changePainPointStatus({ actor, painPointId, status, reason, duplicateOfId }: { actor: Actor; painPointId: number; status: PainStatus; reason: string; duplicateOfId?: number }) {
  assertCan(actor, "painPoints.triage");
  const notifications = await db.$transaction(async (tx) => {
    const report = await lockPainPoint(tx, actor, painPointId, { includeHidden: true });
    if (report.status === status && status !== "DUPLICATE") throw new AppError("INVALID_INPUT", `It already is ${statusLabels[status].toLowerCase()}.`);
    if (status === "LINKED_TO_PEP" && (await tx.painPointPep.count({ where: { painPointId } })) === 0) {
      throw invalidFields({ status: ["Link the PEP first, then set this status."] });
    }
    if (status === "DUPLICATE") {
      if (!duplicateOfId) throw invalidFields({ duplicateOfId: ["Give the number of the original report."] });
      await mergeInto(tx, { actor, duplicateId: painPointId, originalId: duplicateOfId });
    }
    await tx.painPoint.update({ where: { id: painPointId }, data: { status, duplicateOfId: status === "DUPLICATE" ? duplicateOfId : null } });
    await tx.painPointStatusChange.create({
      data: { painPointId, fromStatus: report.status, toStatus: status, reason, duplicateOfId: status === "DUPLICATE" ? duplicateOfId : null, changedById: actor.userId },
    });
    await touchActivity(tx, painPointId);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "painPoint.status.change",
      subjectType: "painPoint",
      subjectId: String(painPointId),
      subjectLabel: `#${painPointId} ${report.title}`,
      before: { status: report.status },
      after: { status, ...(status === "DUPLICATE" ? { duplicateOf: duplicateOfId } : {}) },
      reason,
    });
    return notifyFollowers(
      tx,
      status === "DUPLICATE" ? duplicateOfId! : painPointId,
      {
        kind: "painPoint.status",
        title: status === "DUPLICATE" ? `Report #${painPointId} was merged into #${duplicateOfId}` : `Report #${painPointId} is now “${statusLabels[status]}”`,
        body: `${report.title} — ${reason}`,
      },
      actor.userId,
    );
  });
  bumpDataVersion();
  emailNotificationsInBackground(notifications);
}

/**
 * Moves a duplicate's weight to the original: its "affects me too" votes, and
 * its reporter as one more affected person, each unless already counted there.
 */
async function mergeInto(tx: DatabaseTransaction, { actor, duplicateId, originalId }: { actor: Actor; duplicateId: number; originalId: number }) {
  if (originalId === duplicateId) throw invalidFields({ duplicateOfId: ["A report cannot be a duplicate of itself."] });
  // Not includeHidden: a hidden report is no original to merge into, even for a chair.
  const original = await lockPainPoint(tx, actor, originalId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") throw invalidFields({ duplicateOfId: [`There is no report #${originalId}.`] });
    throw error;
  });
  if (original.status === "DUPLICATE") {
    throw invalidFields({ duplicateOfId: [`#${originalId} is itself a duplicate; choose the report it was merged into.`] });
  }
  const duplicate = await tx.painPoint.findUniqueOrThrow({
    where: { id: duplicateId },
    select: { reporterId: true, site: true, siteKind: true, filesystem: true, installMethod: true, votes: { select: { userId: true, site: true, siteKind: true, filesystem: true, installMethod: true } } },
  });
  const movers = [{ userId: duplicate.reporterId, site: duplicate.site, siteKind: duplicate.siteKind, filesystem: duplicate.filesystem, installMethod: duplicate.installMethod }, ...duplicate.votes].filter(
    (person) => person.userId !== original.reporterId,
  );
  await tx.painPointVote.createMany({ data: movers.map((person) => ({ painPointId: originalId, ...person })), skipDuplicates: true });
  await tx.painPointVote.deleteMany({ where: { painPointId: duplicateId } });
  await recountAffected(tx, originalId);
  await recountAffected(tx, duplicateId);
  await touchActivity(tx, originalId);
}
