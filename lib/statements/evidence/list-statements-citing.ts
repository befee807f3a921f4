import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StatementStage } from "@/lib/generated/prisma/enums";
import { canReadPainPoint, canReadSession, readableStatementsWhere, type Actor } from "@/lib/permissions";

export interface CitingStatement {
  id: number;
  slug: string;
  title: string;
  stage: StatementStage;
  publishedAt: Date | null;
  createdAt: Date;
}

export type CitedThing = { pepNumber: number } | { painPointId: number } | { sessionId: number };

/**
 * Statements whose evidence includes a PEP, a pain point or a session, among
 * those the actor may read (published ones for everyone, every stage for
 * members), newest first (by publication, else creation). A pain point or
 * session the actor may not read is cited by nothing they can see.
 */
export async function listStatementsCiting({ actor, ...cited }: { actor: Actor } & CitedThing): Promise<CitingStatement[]> {
  let evidence: Prisma.StatementEvidenceWhereInput;
  if ("pepNumber" in cited) {
    evidence = { kind: "PEP", pepNumber: cited.pepNumber };
  } else if ("painPointId" in cited) {
    const report = await db.painPoint.findUnique({ where: { id: cited.painPointId }, select: { isHidden: true } });
    if (!report || !canReadPainPoint(actor, report)) return [];
    evidence = { kind: "PAIN_POINT", painPointId: cited.painPointId };
  } else {
    const session = await db.bofSession.findUnique({ where: { id: cited.sessionId }, select: { visibility: true } });
    if (!session || !canReadSession(actor, session)) return [];
    evidence = { kind: "SESSION", sessionId: cited.sessionId };
  }
  const statements = await db.statement.findMany({
    where: { ...readableStatementsWhere(actor), evidence: { some: evidence } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, slug: true, title: true, stage: true, publishedAt: true, createdAt: true },
  });
  const newest = (statement: CitingStatement) => (statement.publishedAt ?? statement.createdAt).getTime();
  return statements.sort((a, b) => newest(b) - newest(a) || b.id - a.id);
}
