import { bumpDataVersion } from "@/lib/cache/data-version";
import { db, type DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { assertWithinRateLimit } from "@/lib/pain-points/rate-limit";
import { checkReportInput, keepSavedSite, recountAffected, updateSearchVector } from "@/lib/pain-points/records";
import type { NewReportInput } from "@/lib/pain-points/schemas";
import { assertMayFileFromSession, readQuestionOrigin, takeDraft, type QuestionOrigin } from "@/lib/pain-points/session-origin";

/** What a report filed from a session keeps of where it came from. */
interface Raised {
  raisedInSessionId: number;
  sourceQuestionId: number | null;
  raisedById: string | null;
  session: { slug: string };
  question: QuestionOrigin | null;
}

/**
 * Files a new pain point with its areas, context and evidence, in one
 * transaction. Evidence that is not `python -X importtime` output is refused
 * at its field with what was expected; nothing is stored, and the form keeps
 * everything else. When asked, the report's context is also kept under a
 * name, to fill a later report from.
 *
 * A chair may file it from a live session (`fromQuestion`, `fromDraft`): the
 * report then keeps the session, the question (one report per question) and
 * its asker unless they asked anonymously; the question links to the report
 * for everyone watching the session, and its asker is told. The reporter is
 * still the person who filed it. Such reports are a chair's work at a
 * session, so the hourly limit on reports (against spam) does not count them.
 */
export async function reportPainPoint({ actor, input }: { actor: Actor; input: NewReportInput }) {
  assertCan(actor, "painPoints.report");
  const isFromSession = input.fromQuestion !== undefined || input.fromDraft !== undefined;
  if (isFromSession) assertMayFileFromSession(actor);
  const reporterId = actor.userId!;
  const evidence = await checkReportInput(input);

  const { importTime: _importTime, areas, keepSite, keepSiteAs, fromQuestion, fromDraft, ...fields } = input;
  const filed = await fileOnce(fromQuestion, () =>
    db.$transaction(async (tx) => {
      const raised = await raisedFrom(tx, actor, { fromQuestion, fromDraft });
      if (!raised) await assertWithinRateLimit(tx, "reports", reporterId);
      if (keepSite && keepSiteAs) {
        const { site, siteKind, scheduler, filesystem, installMethod, pythonVersion, mpi, accelerator } = fields;
        const context = { site, siteKind, scheduler, filesystem, installMethod, pythonVersion, mpi, accelerator };
        await keepSavedSite(tx, reporterId, keepSiteAs, Object.fromEntries(Object.entries(context).map(([field, value]) => [field, value ?? null])) as Parameters<typeof keepSavedSite>[3]);
      }
      const created = await tx.painPoint.create({
        data: {
          ...fields,
          reporterId,
          ...(raised ? { raisedInSessionId: raised.raisedInSessionId, sourceQuestionId: raised.sourceQuestionId, raisedById: raised.raisedById } : {}),
          areas: { create: [...new Set(areas)].map((areaSlug) => ({ areaSlug })) },
        },
        select: { id: true },
      });
      if (evidence) await tx.evidence.create({ data: { painPointId: created.id, kind: "importtime", ...evidence } });
      await tx.painPointStatusChange.create({ data: { painPointId: created.id, fromStatus: null, toStatus: "NEW", reason: raised ? "Filed from a session" : "Reported", changedById: reporterId } });
      await recountAffected(tx, created.id);
      await updateSearchVector(tx, created.id);
      const notifications = raised?.question ? await linkQuestion(tx, actor, raised.question, created.id) : [];
      return { id: created.id, sessionSlug: raised?.session.slug ?? null, notifications };
    }),
  );
  emailNotificationsInBackground(filed.notifications);
  bumpDataVersion();
  return { id: filed.id, sessionSlug: filed.sessionSlug };
}

/** The session, question and asker a report filed from a session keeps; null for an ordinary report. */
async function raisedFrom(tx: DatabaseTransaction, actor: Actor, { fromQuestion, fromDraft }: { fromQuestion?: number; fromDraft?: string }): Promise<Raised | null> {
  if (fromQuestion !== undefined) {
    const question = await readQuestionOrigin(tx, actor, fromQuestion, { lock: true });
    return { raisedInSessionId: question.session.id, sourceQuestionId: question.questionId, raisedById: question.raisedById, session: question.session, question };
  }
  if (fromDraft !== undefined) {
    const draft = await takeDraft(tx, actor, fromDraft);
    return { raisedInSessionId: draft.session.id, sourceQuestionId: null, raisedById: null, session: draft.session, question: null };
  }
  return null;
}

/**
 * The question now shows its report: a new version for the live view, news
 * for everyone watching, and a notification for its asker (theirs alone, so
 * an anonymous asker is told too; a chair filing their own question is not).
 */
async function linkQuestion(tx: DatabaseTransaction, actor: Actor, question: QuestionOrigin, painPointId: number) {
  await tx.question.update({ where: { id: question.questionId }, data: { version: { increment: 1 } }, select: { id: true } });
  await notifySessionLive(tx, { sessionId: question.session.id, change: { kind: "question", id: question.questionId }, actorId: actor.userId });
  if (question.authorId === actor.userId) return [];
  const excerpt = question.body.length > 140 ? `${question.body.slice(0, 139)}…` : question.body;
  const notifications = [{ userId: question.authorId, kind: "question.painPoint", title: `Your question in “${question.session.title}” became pain point #${painPointId}`, body: excerpt, link: `/pain-points/${painPointId}` }];
  await createNotifications(tx, notifications);
  return notifications;
}

/**
 * The question's row lock makes a second filing of one question wait and
 * then be refused with a link to the first; the unique key on the report's
 * question is the last word should anything reach the insert regardless.
 */
async function fileOnce<T>(fromQuestion: number | undefined, file: () => Promise<T>): Promise<T> {
  try {
    return await file();
  } catch (error) {
    if (fromQuestion === undefined || !(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    const existing = await db.painPoint.findUnique({ where: { sourceQuestionId: fromQuestion }, select: { id: true } });
    if (!existing) throw error;
    throw new AppError("CONFLICT", `This question became pain point #${existing.id} already; add to that report instead.`, { link: { href: `/pain-points/${existing.id}`, label: `Open #pain-${existing.id}` } });
  }
}
