import { db } from "@/lib/db";
import type { PepStatus } from "@/lib/generated/prisma/enums";
import type { ParsedPepIndex, PepIndexProblem, PepRecord } from "@/lib/peps/pep-index";

export interface PepSyncReport {
  /** Where the index came from, in words ("the live PEP index", a file path). */
  source: string;
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

/**
 * Brings the stored PEPs in line with a parsed index, in one transaction:
 * adds new PEPs, updates changed ones and records each status change as a
 * dated event. Running it again with the same index changes nothing. The very
 * first import is the baseline and records no events.
 */
export async function syncPeps({ index, source, seenAt = new Date() }: { index: ParsedPepIndex; source: string; seenAt?: Date }): Promise<PepSyncReport> {
  return db.$transaction(
    async (tx) => {
      const stored = await tx.pep.findMany({
        select: Object.fromEntries([["number", true], ...metadataFields.map((field) => [field, true])]) as Record<"number" | (typeof metadataFields)[number], true>,
      });
      const storedByNumber = new Map(stored.map((pep) => [pep.number, pep]));
      const isBaseline = stored.length === 0;
      const report: PepSyncReport = { source, added: [], updated: [], unchanged: 0, statusChanges: [], problems: index.problems };

      const toCreate: PepRecord[] = [];
      for (const pep of index.peps) {
        const existing = storedByNumber.get(pep.number);
        if (!existing) {
          toCreate.push(pep);
          report.added.push(pep.number);
          if (!isBaseline) report.statusChanges.push({ number: pep.number, title: pep.title, from: null, to: pep.status });
          continue;
        }
        if (comparable(existing) === comparable(pep)) {
          report.unchanged++;
          continue;
        }
        const statusChanged = existing.status !== pep.status;
        await tx.pep.update({
          where: { number: pep.number },
          data: { ...pep, ...(statusChanged ? { lastStatusChangeAt: seenAt } : {}) },
        });
        report.updated.push(pep.number);
        if (statusChanged) report.statusChanges.push({ number: pep.number, title: pep.title, from: existing.status, to: pep.status });
      }

      if (toCreate.length > 0) {
        await tx.pep.createMany({
          data: toCreate.map((pep) => ({ ...pep, firstSeenAt: seenAt, lastStatusChangeAt: isBaseline ? null : seenAt })),
        });
      }
      if (report.statusChanges.length > 0) {
        await tx.pepStatusChange.createMany({
          data: report.statusChanges.map((change) => ({ pepNumber: change.number, fromStatus: change.from, toStatus: change.to, seenAt })),
        });
      }
      return report;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
