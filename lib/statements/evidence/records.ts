import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PepStatus, StatementEvidenceKind, StatementStage } from "@/lib/generated/prisma/enums";
import { describeAffected } from "@/lib/pain-points/describe-affected";
import { describeUpstreamLink } from "@/lib/pain-points/upstream-links-format";
import { canChangeStatementEvidence, canReadPainPoint, canReadSession, canReadStatement, type Actor } from "@/lib/permissions";

type Client = Database | DatabaseTransaction;

export { statementNotFound } from "@/lib/statements/records";
import { stageWords, statementNotFound } from "@/lib/statements/records";
export const evidenceNotFound = () => new AppError("NOT_FOUND", "That evidence is no longer listed; reload the page.");

/** Why a statement's evidence cannot change now, for the person who tried. */
export function evidenceClosedMessage(stage: StatementStage) {
  return `This statement is ${stageWords[stage]}: its evidence is fixed once a vote opens, and changes only in draft and review.`;
}

/**
 * A statement's row for a change of its evidence, locked until the
 * transaction ends: two members adding the same PEP at once take turns (the
 * second finds it there), and so do they and the text's own sync. Someone who
 * may not read the statement is told it does not exist.
 */
export async function lockStatementForEvidence(tx: DatabaseTransaction, actor: Actor | null, statementId: number) {
  const [row] = await tx.$queryRaw<{ id: number; slug: string; title: string; stage: StatementStage }[]>`
    SELECT id, slug, title, stage::text AS stage FROM "Statement" WHERE id = ${statementId} FOR UPDATE`;
  if (!row || (actor && !canReadStatement(actor, row))) throw statementNotFound();
  return row;
}

export const evidenceSelect = {
  id: true,
  kind: true,
  pepNumber: true,
  painPointId: true,
  sessionId: true,
  citedStatementId: true,
  url: true,
  title: true,
  note: true,
  isFromText: true,
  createdAt: true,
  addedBy: { select: { name: true } },
  painPoint: { select: { id: true, title: true, status: true, isHidden: true, affectedCount: true, siteCount: true } },
  session: { select: { id: true, slug: true, title: true, startsAt: true, visibility: true } },
  citedStatement: { select: { id: true, slug: true, title: true, stage: true } },
} satisfies Prisma.StatementEvidenceSelect;
export type EvidenceRecord = Prisma.StatementEvidenceGetPayload<{ select: typeof evidenceSelect }>;

/** What every item of the panel shows besides its target. */
interface EvidenceItemBase {
  id: number;
  note: string | null;
  /** Added because the text references it; it goes when the reference does. */
  isFromText: boolean;
  addedByName: string | null;
  /** Hand-added evidence, while the statement's evidence may change, to a member. */
  canRemove: boolean;
}
export interface PepEvidenceItem extends EvidenceItemBase {
  pepNumber: number;
  /** Null when the PEP has left the index since it was cited. */
  title: string | null;
  status: PepStatus | null;
}
export interface PainPointEvidenceItem extends EvidenceItemBase {
  painPointId: number;
  title: string;
  status: string;
  isHidden: boolean;
  affectedCount: number;
  siteCount: number;
  /** "Affects 14 people at 9 sites". */
  affectedSummary: string;
}
export interface SessionEvidenceItem extends EvidenceItemBase {
  slug: string;
  title: string;
  startsAt: Date;
  isMembersOnly: boolean;
  notesHref: string;
}
export interface StatementEvidenceItem extends EvidenceItemBase {
  slug: string;
  title: string;
  stage: StatementStage;
}
export interface LinkEvidenceItem extends EvidenceItemBase {
  url: string;
  title: string;
  /** "GitHub", "Python forum", or the host name. */
  host: string;
}

/** A statement's evidence as one viewer may see it, grouped by kind; what they may not read is left out. */
export interface StatementEvidenceView {
  statementId: number;
  stage: StatementStage;
  /** Whether this viewer may add and remove evidence now. */
  canChange: boolean;
  peps: PepEvidenceItem[];
  painPoints: PainPointEvidenceItem[];
  sessions: SessionEvidenceItem[];
  statements: StatementEvidenceItem[];
  links: LinkEvidenceItem[];
  total: number;
}

/** Reads and views a statement's evidence for `viewer` (the statement's own visibility is the caller's to have checked). */
export async function readEvidenceView(client: Client, statement: { id: number; stage: StatementStage }, viewer: Actor): Promise<StatementEvidenceView> {
  const records = await client.statementEvidence.findMany({ where: { statementId: statement.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: evidenceSelect });
  const pepNumbers = records.flatMap((record) => (record.kind === "PEP" && record.pepNumber !== null ? [record.pepNumber] : []));
  const peps = new Map((await client.pep.findMany({ where: { number: { in: pepNumbers } }, select: { number: true, title: true, status: true } })).map((pep) => [pep.number, pep]));
  const canChange = canChangeStatementEvidence(viewer, statement);
  const base = (record: EvidenceRecord): EvidenceItemBase => ({ id: record.id, note: record.note, isFromText: record.isFromText, addedByName: record.addedBy?.name ?? null, canRemove: canChange && !record.isFromText });

  const view: StatementEvidenceView = { statementId: statement.id, stage: statement.stage, canChange, peps: [], painPoints: [], sessions: [], statements: [], links: [], total: 0 };
  for (const record of records) {
    if (record.kind === "PEP" && record.pepNumber !== null) {
      const pep = peps.get(record.pepNumber);
      view.peps.push({ ...base(record), pepNumber: record.pepNumber, title: pep?.title ?? null, status: pep?.status ?? null });
    } else if (record.kind === "PAIN_POINT" && record.painPoint && canReadPainPoint(viewer, record.painPoint)) {
      const { painPoint } = record;
      view.painPoints.push({
        ...base(record),
        painPointId: painPoint.id,
        title: painPoint.title,
        status: painPoint.status,
        isHidden: painPoint.isHidden,
        affectedCount: painPoint.affectedCount,
        siteCount: painPoint.siteCount,
        affectedSummary: describeAffected({ people: painPoint.affectedCount, sites: painPoint.siteCount }),
      });
    } else if (record.kind === "SESSION" && record.session && canReadSession(viewer, record.session)) {
      const { session } = record;
      view.sessions.push({ ...base(record), slug: session.slug, title: session.title, startsAt: session.startsAt, isMembersOnly: session.visibility === "MEMBERS", notesHref: `/sessions/${session.slug}/notes` });
    } else if (record.kind === "STATEMENT" && record.citedStatement && canReadStatement(viewer, record.citedStatement)) {
      const { citedStatement } = record;
      view.statements.push({ ...base(record), slug: citedStatement.slug, title: citedStatement.title, stage: citedStatement.stage });
    } else if (record.kind === "LINK" && record.url) {
      view.links.push({ ...base(record), url: record.url, title: record.title ?? describeUpstreamLink(record.url).label, host: describeUpstreamLink(record.url).host });
    }
  }
  view.peps.sort((a, b) => a.pepNumber - b.pepNumber);
  view.total = view.peps.length + view.painPoints.length + view.sessions.length + view.statements.length + view.links.length;
  return view;
}

/** The evidence row that already points at the same thing, if any (hand-added or from the text). */
export function findSameEvidence(tx: DatabaseTransaction, statementId: number, target: { kind: StatementEvidenceKind; pepNumber?: number; painPointId?: number; sessionId?: number; citedStatementId?: number; url?: string }) {
  return tx.statementEvidence.findFirst({
    where: { statementId, kind: target.kind, pepNumber: target.pepNumber, painPointId: target.painPointId, sessionId: target.sessionId, citedStatementId: target.citedStatementId, url: target.url },
    select: { id: true, isFromText: true },
  });
}
