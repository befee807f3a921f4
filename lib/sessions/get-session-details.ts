import { db } from "@/lib/db";
import { can, canEditSessionNotes, readableSessionsWhere, type Actor } from "@/lib/permissions";
import { plannedSessionSelect } from "@/lib/sessions/records";
import { sessionStatus } from "@/lib/sessions/status";
import { slugPattern } from "@/lib/sessions/slug";

/**
 * A session as its page shows it to this actor, or null when there is none
 * the actor may read: a members-only session is simply not there for
 * visitors and users, so its address reveals nothing.
 */
export async function getSessionDetails({ actor, slug, now = new Date() }: { actor: Actor; slug: string; now?: Date }) {
  if (!slugPattern.test(slug)) return null;
  const session = await db.bofSession.findFirst({
    where: { slug, ...readableSessionsWhere(actor) },
    select: {
      ...plannedSessionSelect,
      createdAt: true,
      createdBy: { select: { name: true } },
      agendaItems: { ...plannedSessionSelect.agendaItems, select: { id: true, ...plannedSessionSelect.agendaItems.select } },
    },
  });
  if (!session) return null;

  // Each item starts when the ones before it have had their minutes.
  let offsetMinutes = 0;
  const agenda = session.agendaItems.map((item) => {
    const startsAt = new Date(session.startsAt.getTime() + offsetMinutes * 60_000);
    offsetMinutes += item.minutes;
    return { ...item, startsAt };
  });
  const { agendaItems: _agendaItems, createdBy, ...fields } = session;
  return {
    ...fields,
    agenda,
    agendaMinutes: offsetMinutes,
    createdByName: createdBy?.name ?? null,
    status: sessionStatus(session, now),
    permissions: {
      canManage: can(actor, "sessions.manage"),
      canEditNotes: canEditSessionNotes(actor, session),
      canManageRevisions: can(actor, "notes.manageRevisions"),
      canFilePainPoints: can(actor, "painPoints.draftFromSession"),
    },
  };
}

export type SessionDetails = NonNullable<Awaited<ReturnType<typeof getSessionDetails>>>;
