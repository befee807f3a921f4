import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import type { PepStatus } from "@/lib/generated/prisma/enums";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { invalidatePepCatalog } from "@/lib/peps/pep-catalog";
import { parsePepIndex, type ParsedPepIndex, type PepIndexProblem, type PepRecord } from "@/lib/peps/pep-index";
import { notifyPepWatchers } from "@/lib/peps/notify-pep-watchers";
import { readPepIndex, type PepIndexSource } from "@/lib/peps/read-pep-index";

export type SyncTrigger = "command line" | "admin" | "schedule" | "first start";

export interface PepSyncReport {
  runId: string;
  /** Where the index came from, in words ("the live PEP index", a file path). */
  source: string;
  usedSnapshot: boolean;
  added: number[];
  updated: number[];
  unchanged: number;
  statusChanges: { number: number; title: string; from: PepStatus | null; to: PepStatus }[];
  problems: PepIndexProblem[];
}

const metadataFields = [
  "title",
  "authors",
  "authorNames",
  "status",
  "type",
  "topics",
  "createdOn",
  "pythonVersions",
  "discussionsTo",
  "postHistory",
  "resolution",
  "requires",
  "replaces",
  "supersededBy",
  "url",
] as const satisfies readonly (keyof PepRecord)[];

const comparable = (pep: Pick<PepRecord, (typeof metadataFields)[number]>) =>
  JSON.stringify(metadataFields.map((field) => (pep[field] instanceof Date ? (pep[field] as Date).toISOString().slice(0, 10) : pep[field])));

/** Serializes syncs across processes: a second one waits and then finds nothing to do. */
const SYNC_LOCK_KEY = 48_706_703;

/**
 * Brings the stored PEPs in line with a parsed index, in one transaction:
 * adds new PEPs, updates changed ones, records each status change as a dated
 * event, tells the PEPs' watchers, and records the run. Running it again with
 * the same index changes nothing. The very first import is the baseline and
 * records no events.
 */
export async function syncPeps({
  index,
  source,
  usedSnapshot = false,
  trigger,
  triggeredById = null,
  seenAt = new Date(),
}: {
  index: ParsedPepIndex;
  source: string;
  usedSnapshot?: boolean;
  trigger: SyncTrigger;
  triggeredById?: string | null;
  seenAt?: Date;
}): Promise<{ report: PepSyncReport; notifications: NewNotification[] }> {
  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SYNC_LOCK_KEY})`;
      const stored = await tx.pep.findMany({
        select: Object.fromEntries([["number", true], ...metadataFields.map((field) => [field, true])]) as Record<"number" | (typeof metadataFields)[number], true>,
      });
      const storedByNumber = new Map(stored.map((pep) => [pep.number, pep]));
      const isBaseline = stored.length === 0;
      const added: number[] = [];
      const updated: number[] = [];
      const statusChanges: PepSyncReport["statusChanges"] = [];
      let unchanged = 0;

      const toCreate: PepRecord[] = [];
      for (const pep of index.peps) {
        const existing = storedByNumber.get(pep.number);
        if (!existing) {
          toCreate.push(pep);
          added.push(pep.number);
          if (!isBaseline) statusChanges.push({ number: pep.number, title: pep.title, from: null, to: pep.status });
          continue;
        }
        if (comparable(existing) === comparable(pep)) {
          unchanged++;
          continue;
        }
        const isStatusChange = existing.status !== pep.status;
        await tx.pep.update({ where: { number: pep.number }, data: { ...pep, ...(isStatusChange ? { lastStatusChangeAt: seenAt } : {}) } });
        updated.push(pep.number);
        if (isStatusChange) statusChanges.push({ number: pep.number, title: pep.title, from: existing.status, to: pep.status });
      }

      if (toCreate.length > 0) {
        await tx.pep.createMany({ data: toCreate.map((pep) => ({ ...pep, firstSeenAt: seenAt, lastStatusChangeAt: isBaseline ? null : seenAt })) });
      }
      if (statusChanges.length > 0) {
        await tx.pepStatusChange.createMany({
          data: statusChanges.map((change) => ({ pepNumber: change.number, fromStatus: change.from, toStatus: change.to, seenAt })),
        });
      }
      const notifications = await notifyPepWatchers(
        tx,
        statusChanges
          .filter((change) => change.from !== null)
          .map((change) => ({
            pepNumber: change.number,
            kind: "pep.status",
            title: `PEP ${change.number} is now ${change.to}`,
            body: `“${change.title}” changed from ${change.from} to ${change.to} in the PEP index.`,
            link: `/peps/${change.number}`,
          })),
      );
      const run = await tx.pepSyncRun.create({
        data: {
          trigger,
          source,
          usedSnapshot,
          triggeredById,
          added: added.length,
          updated: updated.length,
          unchanged,
          statusChanges: statusChanges.length,
          problems: index.problems as unknown as object,
          startedAt: seenAt,
        },
        select: { id: true },
      });
      const report: PepSyncReport = { runId: run.id, source, usedSnapshot, added, updated, unchanged, statusChanges, problems: index.problems };
      return { report, notifications };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  invalidatePepCatalog();
  bumpDataVersion();
  return result;
}

/**
 * A sync as a person or the scheduler asks for it: read the index, parse it
 * (a file that cannot be parsed throws PepIndexError and changes nothing), and
 * apply it. Admins only when a person asks.
 */
export async function runPepSync({ actor, trigger, source }: { actor: Actor | null; trigger: SyncTrigger; source: PepIndexSource }): Promise<PepSyncReport> {
  if (actor) assertCan(actor, "peps.sync");
  const input = await readPepIndex(source);
  const index = parsePepIndex(input.text);
  const { report, notifications } = await syncPeps({
    index,
    source: input.source,
    usedSnapshot: input.usedSnapshot,
    trigger,
    triggeredById: actor?.userId ?? null,
  });
  emailNotificationsInBackground(notifications);
  return report;
}

/** The report as the command line and the admin page print it. */
export function describeSyncReport(report: PepSyncReport): string[] {
  const lines = [
    `Source: ${report.source}`,
    `Added ${report.added.length}, updated ${report.updated.length}, unchanged ${report.unchanged}, status changes ${report.statusChanges.length}.`,
  ];
  for (const change of report.statusChanges) {
    lines.push(`  PEP ${change.number} “${change.title}”: ${change.from ?? "new"} → ${change.to}`);
  }
  if (report.problems.length > 0) {
    lines.push(`Skipped ${report.problems.length} entr${report.problems.length === 1 ? "y" : "ies"} that did not fit:`);
    for (const problem of report.problems) lines.push(`  PEP ${problem.pep}: ${problem.reason}`);
  }
  return lines;
}
