import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bumpDataVersion } from "@/lib/cache/data-version";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import type { PainStatus } from "@/lib/generated/prisma/enums";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { lockPainPoint, notifyFollowers, recountAffected, touchActivity } from "@/lib/pain-points/records";
import { statusLabels } from "@/lib/pain-points/vocabulary";

/**
 * What chairs do with reports: move them through their statuses (every change
 * with a reason, in the report's history and the audit log), merge duplicates
 * into their original, link them to the PEPs that would address them, and hide
 * spam or abuse.
 */

async function finish(notifications: NewNotification[]) {
  bumpDataVersion();
  emailNotificationsInBackground(notifications);
}

export async function changePainPointStatus({
  actor,
  painPointId,
  status,
  reason,
  duplicateOfId,
}: {
  actor: Actor;
  painPointId: number;
  status: PainStatus;
  reason: string;
  duplicateOfId?: number;
}) {
  assertCan(actor, "painPoints.triage");
  const notifications = await db.$transaction(async (tx) => {
    await lockPainPoint(tx, painPointId);
    const report = await tx.painPoint.findUnique({ where: { id: painPointId }, select: { status: true, title: true, _count: { select: { peps: true } } } });
    if (!report) throw new AppError("NOT_FOUND", "That report does not exist.");
    if (report.status === status && status !== "DUPLICATE") throw new AppError("INVALID_INPUT", `It already is ${statusLabels[status].toLowerCase()}.`);
    if (status === "LINKED_TO_PEP" && report._count.peps === 0) {
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
    const notifyWhom = status === "DUPLICATE" ? duplicateOfId! : painPointId;
    return notifyFollowers(
      tx,
      notifyWhom,
      {
        kind: "painPoint.status",
        title: status === "DUPLICATE" ? `Report #${painPointId} was merged into #${duplicateOfId}` : `Report #${painPointId} is now “${statusLabels[status]}”`,
        body: `${report.title} — ${reason}`,
      },
      actor.userId,
    );
  });
  await finish(notifications);
}

/**
 * Moves a duplicate's weight to the original: its "affects me too" votes, and
 * its reporter as one more affected person, each unless already counted there.
 */
async function mergeInto(tx: DatabaseTransaction, { duplicateId, originalId }: { actor: Actor; duplicateId: number; originalId: number }) {
  if (originalId === duplicateId) throw invalidFields({ duplicateOfId: ["A report cannot be a duplicate of itself."] });
  const original = await tx.painPoint.findUnique({ where: { id: originalId }, select: { status: true, isHidden: true, reporterId: true } });
  if (!original || original.isHidden) throw invalidFields({ duplicateOfId: [`There is no report #${originalId}.`] });
  if (original.status === "DUPLICATE") {
    throw invalidFields({ duplicateOfId: [`#${originalId} is itself a duplicate; choose the report it was merged into.`] });
  }
  await lockPainPoint(tx, originalId);
  const duplicate = await tx.painPoint.findUniqueOrThrow({
    where: { id: duplicateId },
    select: { reporterId: true, site: true, siteKind: true, filesystem: true, installMethod: true, votes: { select: { userId: true, site: true, siteKind: true, filesystem: true, installMethod: true } } },
  });
  const movers = [
    { userId: duplicate.reporterId, site: duplicate.site, siteKind: duplicate.siteKind, filesystem: duplicate.filesystem, installMethod: duplicate.installMethod },
    ...duplicate.votes,
  ].filter((person) => person.userId !== original.reporterId);
  await tx.painPointVote.createMany({ data: movers.map((person) => ({ painPointId: originalId, ...person })), skipDuplicates: true });
  await tx.painPointVote.deleteMany({ where: { painPointId: duplicateId } });
  await recountAffected(tx, originalId);
  await recountAffected(tx, duplicateId);
  await touchActivity(tx, originalId);
}

export async function linkPainPointToPep({ actor, painPointId, pepNumber }: { actor: Actor; painPointId: number; pepNumber: number }) {
  assertCan(actor, "painPoints.triage");
  const notifications = await db.$transaction(async (tx) => {
    const [report, pep] = await Promise.all([
      tx.painPoint.findUnique({ where: { id: painPointId }, select: { title: true } }),
      tx.pep.findUnique({ where: { number: pepNumber }, select: { title: true } }),
    ]);
    if (!report) throw new AppError("NOT_FOUND", "That report does not exist.");
    if (!pep) throw invalidFields({ pepNumber: [`There is no PEP ${pepNumber}.`] });
    const existing = await tx.painPointPep.findUnique({ where: { painPointId_pepNumber: { painPointId, pepNumber } } });
    if (existing) throw invalidFields({ pepNumber: [`PEP ${pepNumber} is already linked.`] });
    await tx.painPointPep.create({ data: { painPointId, pepNumber, linkedById: actor.userId } });
    await touchActivity(tx, painPointId);
    return notifyFollowers(tx, painPointId, { kind: "painPoint.pep", title: `Report #${painPointId} was linked to PEP ${pepNumber}`, body: `${report.title} — PEP ${pepNumber}: ${pep.title}` }, actor.userId);
  });
  invalidatePepCatalog();
  await finish(notifications);
}

export async function unlinkPainPointFromPep({ actor, painPointId, pepNumber }: { actor: Actor; painPointId: number; pepNumber: number }) {
  assertCan(actor, "painPoints.triage");
  await db.painPointPep.deleteMany({ where: { painPointId, pepNumber } });
  invalidatePepCatalog();
  bumpDataVersion();
}

/** Hides a report as spam or abuse (or shows it again), with a reason, for everyone but chairs. */
export async function setPainPointHidden({ actor, painPointId, isHidden, reason }: { actor: Actor; painPointId: number; isHidden: boolean; reason: string }) {
  assertCan(actor, "painPoints.moderate");
  await db.$transaction(async (tx) => {
    const report = await tx.painPoint.findUnique({ where: { id: painPointId }, select: { isHidden: true, title: true } });
    if (!report) throw new AppError("NOT_FOUND", "That report does not exist.");
    await tx.painPoint.update({
      where: { id: painPointId },
      data: isHidden ? { isHidden: true, hiddenReason: reason, hiddenById: actor.userId, hiddenAt: new Date() } : { isHidden: false, hiddenReason: null, hiddenById: null, hiddenAt: null },
    });
    await tx.flag.updateMany({ where: { painPointId, commentId: null, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: isHidden ? "hidden" : "dismissed" } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: isHidden ? "painPoint.hide" : "painPoint.restore",
      subjectType: "painPoint",
      subjectId: String(painPointId),
      subjectLabel: `#${painPointId} ${report.title}`,
      before: { isHidden: report.isHidden },
      after: { isHidden },
      reason,
    });
  });
  invalidatePepCatalog();
  bumpDataVersion();
}
