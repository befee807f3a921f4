import type { Database, DatabaseTransaction } from "@/lib/db";
import { conflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { charterSettingNames, type CharterSettings } from "@/lib/charter/schemas";

export const charterVersionSelect = {
  version: true,
  purpose: true,
  scopeAreas: true,
  decisionMaking: true,
  codeOfConduct: true,
  quorumPercent: true,
  passThresholdPercent: true,
  minReviewDays: true,
  silenceAbstainDays: true,
  voteReminderIntervalDays: true,
  inactiveAfterMonths: true,
  declineCooldownDays: true,
  reason: true,
  createdAt: true,
  editedBy: { select: { name: true } },
} satisfies Prisma.CharterVersionSelect;
export type CharterVersionRecord = Prisma.CharterVersionGetPayload<{ select: typeof charterVersionSelect }>;

type Client = Database | DatabaseTransaction;

export function readCurrentCharter(client: Client): Promise<CharterVersionRecord | null> {
  return client.charterVersion.findFirst({ orderBy: { version: "desc" }, select: charterVersionSelect });
}

/**
 * The newest version, with the charter locked against a concurrent edit until
 * the transaction ends. A row lock would not do: a second editor waiting on
 * version 1's row would read that same row again once the first committed,
 * and number its version 2 as well. The lock is taken first, so the read
 * after it sees whatever the first editor saved.
 */
export async function lockCurrentCharter(tx: DatabaseTransaction): Promise<CharterVersionRecord | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('charter'))`;
  return readCurrentCharter(tx);
}

/** The decision rules out of anything that carries them: a stored version, or a chair's edit. */
export function settingsOf(record: CharterSettings): CharterSettings {
  return Object.fromEntries(charterSettingNames.map((name) => [name, record[name]])) as CharterSettings;
}

/** A version as everyone sees it: texts, settings, who saved it when and why. */
export function viewCharterVersion(record: CharterVersionRecord) {
  return {
    version: record.version,
    purpose: record.purpose,
    scopeAreas: record.scopeAreas,
    decisionMaking: record.decisionMaking,
    codeOfConduct: record.codeOfConduct,
    settings: settingsOf(record),
    reason: record.reason,
    createdAt: record.createdAt,
    editorName: record.editedBy?.name ?? null,
  };
}
export type CharterVersionView = ReturnType<typeof viewCharterVersion>;

export const charterConflict = (current: CharterVersionRecord) => conflictError("Another chair saved the charter while you were editing. Their version is shown beside yours; save again to put yours over it.", viewCharterVersion(current));
