import { db } from "@/lib/db";
import { impactLabels, stanceLabels } from "@/lib/peps/vocabulary";

export interface PepFeedEntry {
  id: string;
  kind: "status" | "assessment";
  pepNumber: number;
  pepTitle: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** Markdown, for assessment updates. */
  content?: string;
  date: Date;
  author?: string;
}

/**
 * What the Atom feed carries: status changes noticed by syncs and updates of
 * the group's assessments, newest first. The assessments opened automatically
 * on the first start (no editor) are not news and are left out.
 */
export async function listPepFeedEntries(limit = 50): Promise<PepFeedEntry[]> {
  const [changes, revisions] = await Promise.all([
    db.pepStatusChange.findMany({
      orderBy: { seenAt: "desc" },
      take: limit,
      select: { id: true, fromStatus: true, toStatus: true, seenAt: true, pep: { select: { number: true, title: true } } },
    }),
    db.pepAssessmentRevision.findMany({
      where: { editorId: { not: null } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, version: true, impact: true, stance: true, summary: true, createdAt: true, editor: { select: { name: true } }, pep: { select: { number: true, title: true } } },
    }),
  ]);
  const entries: PepFeedEntry[] = [
    ...changes.map((change) => ({
      id: `status-${change.id}`,
      kind: "status" as const,
      pepNumber: change.pep.number,
      pepTitle: change.pep.title,
      title: change.fromStatus ? `PEP ${change.pep.number}: ${change.fromStatus} → ${change.toStatus}` : `New PEP ${change.pep.number} (${change.toStatus})`,
      summary: `“${change.pep.title}” ${change.fromStatus ? `changed status from ${change.fromStatus} to ${change.toStatus}` : `appeared in the PEP index as ${change.toStatus}`}.`,
      date: change.seenAt,
    })),
    ...revisions.map((revision) => ({
      id: `assessment-${revision.id}`,
      kind: "assessment" as const,
      pepNumber: revision.pep.number,
      pepTitle: revision.pep.title,
      title: revision.version === 1 ? `PEP ${revision.pep.number} marked HPC-relevant` : `Assessment of PEP ${revision.pep.number} updated`,
      summary: `Impact on HPC: ${impactLabels[revision.impact].toLowerCase()}; stance: ${stanceLabels[revision.stance].toLowerCase()}.`,
      content: revision.summary || undefined,
      date: revision.createdAt,
      author: revision.editor?.name ?? undefined,
    })),
  ];
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}
