import { db } from "@/lib/db";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { affiliationKindLabels, affiliationKinds, type AffiliationKind } from "@/lib/membership/schemas";
import { canEndorseStatement, canReadStatement, type Actor } from "@/lib/permissions";
import { statementNotFound } from "@/lib/statements/evidence/records";
import { statementSlugPattern } from "@/lib/statements/evidence/schemas";

export interface EndorsementItem {
  id: number;
  name: string;
  affiliation: string;
  affiliationKind: string | null;
  /** "University", "HPC centre"…; null when none was given. */
  affiliationKindLabel: string | null;
  isPersonalCapacity: boolean;
  /** When they endorsed (or endorsed again). */
  createdAt: Date;
  withdrawnAt: Date | null;
  isMine: boolean;
}

export interface EndorsementsView {
  statement: { id: number; slug: string; title: string; stage: StatementStage };
  /** Members at the time they endorsed, then everyone else; each list active first (oldest first), then withdrawn (latest withdrawal first). */
  members: EndorsementItem[];
  others: EndorsementItem[];
  counts: {
    active: number;
    activeMembers: number;
    activeOthers: number;
    withdrawn: number;
    /** Active endorsements by affiliation kind, in the membership form's order, kinds with none left out. */
    byKind: { key: string; label: string; count: number }[];
  };
  /** The viewer's own endorsement, active or withdrawn. */
  mine: { createdAt: Date; withdrawnAt: Date | null } | null;
  /** Whether the viewer may endorse now: signed in, the statement published, and no active endorsement of theirs. */
  canEndorse: boolean;
  /** What the form starts with: what they gave last time when endorsing again, else the account's name and the membership's affiliation when they have one. Null for visitors. */
  prefill: { name: string; affiliation: string; affiliationKind: AffiliationKind | null } | null;
}

const kindLabel = (kind: string | null) => (kind ? (affiliationKindLabels[kind as AffiliationKind] ?? kind) : null);

/**
 * Who endorsed a statement, as the statement's page lists them: members and
 * others apart, withdrawn endorsements kept and marked, counts by affiliation
 * kind over the active ones. A statement the actor may not read is not found.
 */
export async function listEndorsements({ actor, slug }: { actor: Actor; slug: string }): Promise<EndorsementsView> {
  if (!statementSlugPattern.test(slug)) throw statementNotFound();
  const statement = await db.statement.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, stage: true } });
  if (!statement || !canReadStatement(actor, statement)) throw statementNotFound();

  const [rows, viewer] = await Promise.all([
    db.statementEndorsement.findMany({
      where: { statementId: statement.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true, name: true, affiliation: true, affiliationKind: true, isPersonalCapacity: true, wasMember: true, createdAt: true, withdrawnAt: true },
    }),
    actor.userId ? db.user.findUnique({ where: { id: actor.userId }, select: { name: true, membership: { select: { affiliation: true, affiliationKind: true } } } }) : null,
  ]);

  const items = rows.map((row) => ({
    item: {
      id: row.id,
      name: row.name,
      affiliation: row.affiliation,
      affiliationKind: row.affiliationKind,
      affiliationKindLabel: kindLabel(row.affiliationKind),
      isPersonalCapacity: row.isPersonalCapacity,
      createdAt: row.createdAt,
      withdrawnAt: row.withdrawnAt,
      isMine: row.userId === actor.userId,
    },
    wasMember: row.wasMember,
  }));
  const ordered = (list: EndorsementItem[]) => [...list.filter((item) => !item.withdrawnAt), ...list.filter((item) => item.withdrawnAt).sort((a, b) => b.withdrawnAt!.getTime() - a.withdrawnAt!.getTime())];
  const members = ordered(items.filter((entry) => entry.wasMember).map((entry) => entry.item));
  const others = ordered(items.filter((entry) => !entry.wasMember).map((entry) => entry.item));
  const active = items.filter((entry) => !entry.item.withdrawnAt);

  const byKind = new Map<string, number>();
  for (const { item } of active) if (item.affiliationKind) byKind.set(item.affiliationKind, (byKind.get(item.affiliationKind) ?? 0) + 1);
  const kindOrder = (kind: string) => (affiliationKinds.includes(kind as AffiliationKind) ? affiliationKinds.indexOf(kind as AffiliationKind) : affiliationKinds.length);

  const mineRow = items.find((entry) => entry.item.isMine)?.item;
  const membership = viewer?.membership;
  return {
    statement,
    members,
    others,
    counts: {
      active: active.length,
      activeMembers: active.filter((entry) => entry.wasMember).length,
      activeOthers: active.filter((entry) => !entry.wasMember).length,
      withdrawn: items.length - active.length,
      byKind: [...byKind].sort(([a], [b]) => kindOrder(a) - kindOrder(b)).map(([key, count]) => ({ key, label: kindLabel(key)!, count })),
    },
    mine: mineRow ? { createdAt: mineRow.createdAt, withdrawnAt: mineRow.withdrawnAt } : null,
    canEndorse: canEndorseStatement(actor, statement) && !(mineRow && !mineRow.withdrawnAt),
    prefill: viewer
      ? mineRow
        ? { name: mineRow.name, affiliation: mineRow.affiliation, affiliationKind: affiliationKinds.includes(mineRow.affiliationKind as AffiliationKind) ? (mineRow.affiliationKind as AffiliationKind) : null }
        : {
            name: viewer.name ?? "",
            affiliation: membership?.affiliation ?? "",
            affiliationKind: membership && affiliationKinds.includes(membership.affiliationKind as AffiliationKind) ? (membership.affiliationKind as AffiliationKind) : null,
          }
      : null,
  };
}
