import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { chooseSlug, isUniqueViolation, plannedSessionSelect, replaceAgenda, sessionColumns, slugTakenError } from "@/lib/sessions/records";
import type { SessionInput } from "@/lib/sessions/schemas";
import { slugFromTitle } from "@/lib/sessions/slug";
import { utcToWallTime } from "@/lib/sessions/zoned-time";

/**
 * What the edit form starts from: the session as its chairs wrote it, with
 * start and end as date and time in its own zone, and the version the save
 * must still find.
 */
export async function getSessionForEditing({ actor, slug }: { actor: Actor; slug: string }) {
  assertCan(actor, "sessions.manage");
  const session = await db.bofSession.findUnique({
    where: { slug },
    select: plannedSessionSelect,
  });
  if (!session) return null;
  const { startsAt, endsAt, updatedAt, agendaItems, ...fields } = session;
  const start = utcToWallTime(startsAt, session.timeZone);
  const end = utcToWallTime(endsAt, session.timeZone);
  return {
    ...fields,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    agenda: agendaItems,
    version: updatedAt.toISOString(),
  };
}

/**
 * Saves a chair's changes to a session and replaces its agenda, in one
 * transaction. `version` is the session's last change as the chair's form
 * saw it: if another chair saved in between, nothing is overwritten and the
 * chair is told.
 */
export async function editSession({ actor, id, version, input }: { actor: Actor; id: number; version: string; input: SessionInput }) {
  assertCan(actor, "sessions.manage");
  const seenAt = new Date(version);
  if (Number.isNaN(seenAt.getTime())) throw new AppError("INVALID_INPUT", "The form is out of date; open the editor again.");
  try {
    const saved = await db.$transaction(async (tx) => {
      const exists = await tx.bofSession.findUnique({ where: { id }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND", "That session does not exist any more.");
      const slug = await chooseSlug(tx, input, id);
      const { count } = await tx.bofSession.updateMany({ where: { id, updatedAt: seenAt }, data: { ...sessionColumns(input), slug } });
      if (count === 0) {
        throw new AppError(
          "CONFLICT",
          "Another chair saved changes to this session after you opened it. Your text is still in the form: copy what you need, then reload the page to see their version.",
        );
      }
      await replaceAgenda(tx, id, input.agenda);
      return { id, slug };
    });
    bumpDataVersion();
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTakenError(input.slug ?? slugFromTitle(input.title));
    throw error;
  }
}
