import type { DatabaseTransaction } from "@/lib/db";
import { invalidFields } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgendaItemInput, SessionInput } from "@/lib/sessions/schemas";
import { firstFreeSlug, slugFromTitle, slugLimits } from "@/lib/sessions/slug";
import { utcToWallTime } from "@/lib/sessions/zoned-time";

/**
 * A session as planned, with its agenda in order: what its page, its edit
 * form and its calendar entry all read (each adds the few columns it needs).
 */
export const plannedSessionSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  videoUrl: true,
  chatUrl: true,
  visibility: true,
  notesEditors: true,
  updatedAt: true,
  agendaItems: { orderBy: { position: "asc" }, select: { title: true, speaker: true, minutes: true } },
} satisfies Prisma.BofSessionSelect;

type PlannedSession = Prisma.BofSessionGetPayload<{ select: typeof plannedSessionSelect }>;

/** A session as its edit form shows it (and as a chair whose save conflicted is shown the other's): wall times in its zone, its last change as the version. */
export function viewSessionForEditing(session: PlannedSession) {
  const { startsAt, endsAt, updatedAt, agendaItems, ...fields } = session;
  const start = utcToWallTime(startsAt, session.timeZone);
  const end = utcToWallTime(endsAt, session.timeZone);
  return { ...fields, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time, agenda: agendaItems, version: updatedAt.toISOString() };
}

export type SessionForEditing = ReturnType<typeof viewSessionForEditing>;

/** The columns a session's form writes, apart from its address and agenda. */
export function sessionColumns(input: SessionInput) {
  return {
    title: input.title,
    description: input.description,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    venue: input.venue,
    videoUrl: input.videoUrl,
    chatUrl: input.chatUrl,
    visibility: input.visibility,
    notesEditors: input.notesEditors,
  };
}

export const slugTakenError = (slug: string) =>
  invalidFields({ slug: [`Another session already has the address /sessions/${slug}; choose another.`] });

/**
 * The address to save: the one the chair chose, refused at its field when
 * another session has it; or, when it is still the one derived from the
 * title, the first free one of slug, slug-2, slug-3 …
 */
export async function chooseSlug(tx: DatabaseTransaction, input: Pick<SessionInput, "slug" | "isSlugAuto" | "title">, sessionId?: number): Promise<string> {
  const wanted = input.slug ?? slugFromTitle(input.title);
  const notThis = sessionId === undefined ? {} : { NOT: { id: sessionId } };
  if (!input.isSlugAuto) {
    const clash = await tx.bofSession.findFirst({ where: { slug: wanted, ...notThis }, select: { id: true } });
    if (clash) throw slugTakenError(wanted);
    return wanted;
  }
  const prefix = wanted.slice(0, slugLimits.max - 4);
  const taken = await tx.bofSession.findMany({ where: { slug: { startsWith: prefix }, ...notThis }, select: { slug: true } });
  return firstFreeSlug(wanted, new Set(taken.map((session) => session.slug)));
}

/** Replaces a session's agenda with the items in the order given. */
export async function replaceAgenda(tx: DatabaseTransaction, sessionId: number, agenda: AgendaItemInput[]) {
  await tx.agendaItem.deleteMany({ where: { sessionId } });
  if (agenda.length) await tx.agendaItem.createMany({ data: agenda.map((item, position) => ({ sessionId, position, ...item })) });
}

/** Whether the database refused a write for breaking a unique constraint (two chairs taking one address at once). */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
