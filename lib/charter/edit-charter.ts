import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError, invalidFields } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { charterConflict, lockCurrentCharter, settingsOf, viewCharterVersion } from "@/lib/charter/records";
import { charterSettingNames, type CharterInput } from "@/lib/charter/schemas";

export type EditCharterResult = { status: "saved" | "unchanged"; version: number };

/**
 * Saves a chair's edit as the charter's next version, audited with what
 * changed, in one transaction. The edit applies only to the version the
 * chair started from: of two chairs saving at once, the second gets a
 * CONFLICT carrying the other's version, and keeps what they typed.
 */
export async function editCharter({ actor, input }: { actor: Actor; input: CharterInput }): Promise<EditCharterResult> {
  assertCan(actor, "charter.edit");
  const knownAreas = new Set((await db.area.findMany({ select: { slug: true } })).map((area) => area.slug));
  const unknown = input.scopeAreas.filter((area) => !knownAreas.has(area));
  if (unknown.length) throw invalidFields({ scopeAreas: [`Unknown area: ${unknown.join(", ")}.`] });
  const scopeAreas = [...new Set(input.scopeAreas)].sort();

  return db.$transaction(async (tx) => {
    const current = await lockCurrentCharter(tx);
    if (!current) throw new AppError("NOT_FOUND", "There is no charter yet to edit.");
    if (current.version !== input.expectedVersion) throw charterConflict(current);

    const settings = settingsOf(input);
    const texts = { purpose: input.purpose, decisionMaking: input.decisionMaking, codeOfConduct: input.codeOfConduct };
    const changed = [
      ...(Object.keys(texts) as (keyof typeof texts)[]).filter((name) => texts[name] !== current[name]),
      ...(JSON.stringify(scopeAreas) !== JSON.stringify([...current.scopeAreas].sort()) ? ["scopeAreas"] : []),
      ...charterSettingNames.filter((name) => settings[name] !== current[name]),
    ];
    if (changed.length === 0) return { status: "unchanged" as const, version: current.version };

    const version = current.version + 1;
    await tx.charterVersion.create({ data: { version, ...texts, scopeAreas, ...settings, reason: input.reason, editedById: actor.userId } });
    const before = viewCharterVersion(current);
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "charter.edit",
      subjectType: "charter",
      subjectId: String(version),
      subjectLabel: `Charter version ${version}`,
      before: { version: current.version, changed, scopeAreas: current.scopeAreas, settings: before.settings },
      after: { version, changed, scopeAreas, settings },
      reason: input.reason,
    });
    return { status: "saved" as const, version };
  });
}
