import { Prisma } from "@/lib/generated/prisma/client";
import type { PainStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor } from "@/lib/permissions/can";

/**
 * Which pain-point reports, and which of their fields, an actor sees. A
 * hidden report (spam, abuse) exists only for those who may read hidden
 * reports; to everyone else it is simply not found. Queries take their
 * `where` from here; code holding a row asks the `can…` form of the same rule.
 */

/**
 * Hidden reports are left out unless `includeHidden` asks for them and the
 * actor may read them: opening a report by its number asks, lists ask only
 * when a chair chooses to see hidden reports, and what people act on (a
 * comment, a vote, a flag, a link) never asks, so a hidden report takes none.
 */
export function readablePainPointsWhere(actor: Actor, { includeHidden }: { includeHidden: boolean }): Prisma.PainPointWhereInput {
  return includeHidden && can(actor, "painPoints.readHidden") ? {} : { isHidden: false };
}

/**
 * The same rule for raw SQL over `"PainPoint" <alias>`, or null when it adds
 * no condition. Written as the board's partial indexes state their predicate
 * (see schema.prisma), so a query with it can read them.
 */
export function readablePainPointsSql(actor: Actor, { includeHidden, alias = "p" }: { includeHidden: boolean; alias?: string }): Prisma.Sql | null {
  return includeHidden && can(actor, "painPoints.readHidden") ? null : Prisma.sql`NOT ${Prisma.raw(`${alias}."isHidden"`)}`;
}

export function canReadPainPoint(actor: Actor, report: { isHidden: boolean }): boolean {
  return !report.isHidden || can(actor, "painPoints.readHidden");
}

export type PainPointAccess = { kind: "read" } | { kind: "original"; originalId: number } | { kind: "missing" };

/**
 * What opening a report by its number gives this actor: the report; for a
 * duplicate merged into another, the original (people are sent on to it;
 * those who may read hidden reports manage duplicates and see them as they
 * are); or nothing.
 */
export function painPointAccess(actor: Actor, report: { isHidden: boolean; status: PainStatus; duplicateOfId: number | null } | null): PainPointAccess {
  if (!report || !canReadPainPoint(actor, report)) return { kind: "missing" };
  if (report.status === "DUPLICATE" && report.duplicateOfId !== null && !can(actor, "painPoints.readHidden")) return { kind: "original", originalId: report.duplicateOfId };
  return { kind: "read" };
}

/** A reporter's name is shown when they chose so, always to chairs, and always to the reporter themselves — on every page and list alike. */
export function canSeeReporter(actor: Actor, report: { isReporterPublic: boolean; reporterId: string }): boolean {
  return report.isReporterPublic || can(actor, "painPoints.seeReporter") || (actor.userId !== null && actor.userId === report.reporterId);
}

/** A hidden comment's text and the reason it was hidden stay with those who moderate; others see that it was hidden. */
export function canReadHiddenComments(actor: Actor): boolean {
  return can(actor, "painPoints.moderate");
}

/**
 * The reports a person's page may list as theirs: only those whose reporter
 * this actor may see (`canSeeReporter` as a `where`), never hidden ones —
 * listing a report under a name it was sent without would reveal the name.
 */
export function reportsAttributedToWhere(actor: Actor, reporterId: string): Prisma.PainPointWhereInput {
  const seesEveryReporter = can(actor, "painPoints.seeReporter") || actor.userId === reporterId;
  return { reporterId, isHidden: false, ...(seesEveryReporter ? {} : { isReporterPublic: true }) };
}
