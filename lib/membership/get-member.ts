import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberEntrySelect, viewMemberEntry } from "@/lib/membership/directory";
import { relatedPainPointSelect } from "@/lib/pain-points/records";
import { assertCan, can, canReadMemberEntry, readableSessionsWhere, readableStatementsWhere, reportsAttributedToWhere, type Actor } from "@/lib/permissions";

/** User ids are cuids (and test ids like "e2e-1a2b"): anything else is not looked up. */
export const memberIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const memberNotFound = () => new AppError("NOT_FOUND", "There is no such member in the directory.");

const CONTRIBUTIONS_SHOWN = 20;

/**
 * A member's page: their directory entry and public contributions. Someone
 * who may not read the entry (a visitor, for a member who is not listed
 * publicly, suspended or gone) is told it does not exist. Pain points are
 * listed only where the viewer may see who reported them; sessions only
 * those the viewer may read; statements they drafted (those the viewer may
 * read) and the published ones they endorse (not withdrawn).
 */
export async function getMember({ actor, memberId, now = new Date() }: { actor: Actor; memberId: string; now?: Date }) {
  assertCan(actor, "directory.read");
  if (!memberIdPattern.test(memberId)) throw memberNotFound();
  const record = await db.membership.findUnique({ where: { userId: memberId }, select: memberEntrySelect });
  if (!record || !canReadMemberEntry(actor, record)) throw memberNotFound();
  const reportsWhere = reportsAttributedToWhere(actor, memberId);
  const sessionsWhere = { createdById: memberId, ...readableSessionsWhere(actor) };
  const statementSelect = { slug: true, title: true, stage: true, publishedAt: true, updatedAt: true } as const;
  const [{ inactiveAfterMonths }, painPoints, painPointCount, sessions, sessionCount, drafted, endorsed] = await Promise.all([
    getCharterSettings(),
    db.painPoint.findMany({ where: reportsWhere, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: CONTRIBUTIONS_SHOWN, select: relatedPainPointSelect }),
    db.painPoint.count({ where: reportsWhere }),
    db.bofSession.findMany({ where: sessionsWhere, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: CONTRIBUTIONS_SHOWN, select: { slug: true, title: true, startsAt: true, timeZone: true, visibility: true } }),
    db.bofSession.count({ where: sessionsWhere }),
    db.statement.findMany({ where: { authors: { some: { userId: memberId } }, ...readableStatementsWhere(actor) }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: CONTRIBUTIONS_SHOWN, select: statementSelect }),
    db.statement.findMany({ where: { stage: "PUBLISHED", endorsements: { some: { userId: memberId, withdrawnAt: null } } }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: CONTRIBUTIONS_SHOWN, select: statementSelect }),
  ]);
  const seesStatus = can(actor, "directory.readAll");
  return {
    entry: viewMemberEntry(record, actor, inactiveAfterMonths, now),
    // What the chairs' controls need; the suspension reason only for those who see statuses.
    membership: { userId: record.userId, name: record.user.name, status: record.status, suspensionReason: seesStatus ? record.suspensionReason : null, version: record.version, storedRole: record.user.role },
    suspendedAt: seesStatus ? record.suspendedAt : null,
    leftAt: seesStatus ? record.leftAt : null,
    painPoints: { items: painPoints, total: painPointCount },
    sessions: { items: sessions, total: sessionCount },
    statements: { drafted, endorsed },
  };
}
export type MemberPage = Awaited<ReturnType<typeof getMember>>;
