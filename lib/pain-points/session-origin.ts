import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, canReadSession, refuseUnless, type Actor } from "@/lib/permissions";
import { prefillFrom, type SessionOriginView } from "@/lib/pain-points/origin-prefill";
import { missingQuestion } from "@/lib/questions/records";

/**
 * Where a chair files a report from: one of a live session's questions, or a
 * passage of its notes they selected (kept as a PainPointDraft, since a
 * passage may be too long for an address). The report form reads the origin
 * to fill itself; filing reads it again, locked, inside its transaction. The
 * refusals are the same on both paths, so the form says at once what sending
 * it would say.
 */

type Client = Database | DatabaseTransaction;

/** How long a selected passage waits to be filed. */
export const draftLifetimeMs = 24 * 60 * 60 * 1000;

export const draftCutoff = (now = new Date()) => new Date(now.getTime() - draftLifetimeMs);

/** Filing from a session is the chairs'; everyone else is told so, before anything they sent is looked up. */
export function assertMayFileFromSession(actor: Actor) {
  refuseUnless(actor, can(actor, "painPoints.draftFromSession"), "Only chairs can file a report from a session’s question or notes.");
}

const sessionSelect = { id: true, slug: true, title: true, visibility: true } as const satisfies Prisma.BofSessionSelect;
type OriginSession = Prisma.BofSessionGetPayload<{ select: typeof sessionSelect }>;

const questionOriginSelect = {
  id: true,
  body: true,
  isAnonymous: true,
  state: true,
  authorId: true,
  author: { select: { name: true } },
  painPoint: { select: { id: true } },
  session: { select: sessionSelect },
} as const satisfies Prisma.QuestionSelect;

export interface QuestionOrigin {
  questionId: number;
  body: string;
  session: OriginSession;
  authorId: string;
  /** The asker as the report keeps them: null when they asked anonymously, so their name is never stored with it. */
  raisedById: string | null;
  askerName: string | null;
}

/**
 * A question a report may be filed from, or the reason it may not: it is not
 * there for the actor (a forged id, a session they cannot read), it is not
 * shown to the session (hidden, or waiting for approval), or a report was
 * filed from it already (linked). With `lock`, the question's row is locked
 * until the transaction ends, so two chairs filing it at once take turns and
 * the second is told of the first's report.
 */
export async function readQuestionOrigin(client: Client, actor: Actor, questionId: number, { lock = false }: { lock?: boolean } = {}): Promise<QuestionOrigin> {
  if (lock) await (client as DatabaseTransaction).$queryRaw`SELECT id FROM "Question" WHERE id = ${questionId} FOR NO KEY UPDATE`;
  const question = await client.question.findUnique({ where: { id: questionId }, select: questionOriginSelect });
  if (!question || !canReadSession(actor, question.session)) throw missingQuestion();
  if (question.state === "HIDDEN") throw new AppError("CONFLICT", "A chair hid this question, so it cannot become a pain point. Show it again first if it should.");
  if (question.state === "PENDING") throw new AppError("CONFLICT", "This question is waiting for approval. Approve it first: only questions the session can see become pain points.");
  if (question.painPoint) {
    const { id } = question.painPoint;
    throw new AppError("CONFLICT", `This question became pain point #${id} already; add to that report instead.`, { link: { href: `/pain-points/${id}`, label: `Open #pain-${id}` } });
  }
  return {
    questionId: question.id,
    body: question.body,
    session: question.session,
    authorId: question.authorId,
    raisedById: question.isAnonymous ? null : question.authorId,
    // Not even a chair sees an anonymous asker's name here: the report is filed without it.
    askerName: question.isAnonymous ? null : (question.author.name ?? "Someone"),
  };
}

export interface DraftOrigin {
  draftId: string;
  passage: string;
  session: OriginSession;
}

const missingDraft = () => new AppError("NOT_FOUND", "That selection from the notes is no longer waiting to be filed (it was filed, or it is over a day old). Select the passage in the notes again.");

/** A passage the actor selected, while it waits (a day); anyone else's, or one of a session they cannot read, is not found. */
export async function readDraftOrigin(client: Client, actor: Actor, draftId: string, now = new Date()): Promise<DraftOrigin> {
  if (!actor.userId) throw missingDraft();
  const draft = await client.painPointDraft.findFirst({ where: { id: draftId, authorId: actor.userId, createdAt: { gt: draftCutoff(now) } }, select: { id: true, passage: true, session: { select: sessionSelect } } });
  if (!draft || !canReadSession(actor, draft.session)) throw missingDraft();
  return { draftId: draft.id, passage: draft.passage, session: draft.session };
}

/**
 * Takes the draft for the report being filed: it goes, so the same selection
 * (a second click, a replayed post) files one report. Two posts at once: the
 * second's delete waits for the first's and finds nothing.
 */
export async function takeDraft(tx: DatabaseTransaction, actor: Actor, draftId: string): Promise<DraftOrigin> {
  const draft = await readDraftOrigin(tx, actor, draftId);
  const { count } = await tx.painPointDraft.deleteMany({ where: { id: draftId } });
  if (count === 0) throw missingDraft();
  return draft;
}

const sessionView = (session: OriginSession) => ({ title: session.title, slug: session.slug, isMembersOnly: session.visibility === "MEMBERS" });

export function viewQuestionOrigin(origin: QuestionOrigin): SessionOriginView {
  const session = sessionView(origin.session);
  return { kind: "question", session, quote: origin.body, askerName: origin.askerName, field: { name: "fromQuestion", value: origin.questionId }, prefill: prefillFrom({ quote: origin.body, session }) };
}

export function viewDraftOrigin(origin: DraftOrigin): SessionOriginView {
  const session = sessionView(origin.session);
  return { kind: "notes", session, quote: origin.passage, askerName: null, field: { name: "fromDraft", value: origin.draftId }, prefill: prefillFrom({ quote: origin.passage, session }) };
}
