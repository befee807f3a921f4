import ical, { type ICalCalendar } from "ical-generator";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { anonymousActor, assertCan, readableSessionsWhere, type Actor } from "@/lib/permissions";
import { markdownToCalendarText } from "@/lib/sessions/calendar-text";
import { plannedSessionSelect } from "@/lib/sessions/records";
import { slugPattern } from "@/lib/sessions/slug";

/** How many sessions the public feed carries, newest first. */
const FEED_LIMIT = 500;

const calendarSelect = {
  ...plannedSessionSelect,
  createdAt: true,
} satisfies Prisma.BofSessionSelect;

type CalendarSession = Prisma.BofSessionGetPayload<{ select: typeof calendarSelect }>;

/**
 * One session as an iCalendar file, for "Add to calendar"; null when there is
 * no such session this actor may read.
 */
export async function exportSessionCalendar({ actor, slug, origin }: { actor: Actor; slug: string; origin: string }) {
  // Not a session address at all (a NUL, which PostgreSQL cannot compare, among them): no such session.
  if (!slugPattern.test(slug)) return null;
  const session = await db.bofSession.findFirst({ where: { slug, ...readableSessionsWhere(actor) }, select: calendarSelect });
  if (!session) return null;
  const calendar = newCalendar(origin, session.title);
  addEvent(calendar, session, origin);
  return { ics: calendar.toString(), slug: session.slug, isPublic: session.visibility === "PUBLIC" };
}

/**
 * Every public session as one iCalendar feed to subscribe to. Calendar apps
 * fetch it without anyone's sign-in, so it holds what a visitor may read:
 * members-only sessions are never in it.
 */
export async function exportPublicSessionsCalendar({ actor, origin }: { actor: Actor; origin: string }) {
  assertCan(actor, "sessions.read");
  const sessions = await db.bofSession.findMany({ where: readableSessionsWhere(anonymousActor), orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: FEED_LIMIT, select: calendarSelect });
  const calendar = newCalendar(origin, "PyHPC Hub sessions");
  calendar.description("Birds-of-a-Feather sessions and working-group meetings of the Python-on-HPC working group.");
  for (const session of sessions) addEvent(calendar, session, origin);
  return calendar.toString();
}

function newCalendar(origin: string, name: string) {
  return ical({ name, prodId: { company: "PyHPC Hub", product: "Sessions", language: "EN" }, url: `${origin}/sessions` });
}

/**
 * Times are written in UTC: without a VTIMEZONE block (which Intl cannot
 * produce) a TZID would be a guess for the calendar; UTC is exact, and the
 * planned zone is named in the description.
 */
function addEvent(calendar: ICalCalendar, session: CalendarSession, origin: string) {
  const url = `${origin}/sessions/${session.slug}`;
  calendar.createEvent({
    id: `session-${session.id}@${new URL(origin).host}`,
    start: session.startsAt,
    end: session.endsAt,
    stamp: session.updatedAt,
    created: session.createdAt,
    lastModified: session.updatedAt,
    summary: session.title,
    description: describe(session, url),
    location: session.venue ?? (session.videoUrl ? "Online" : null),
    url,
  });
}

function describe(session: CalendarSession, url: string) {
  const parts = [markdownToCalendarText(session.description)];
  if (session.agendaItems.length) {
    parts.push(["Agenda:", ...session.agendaItems.map((item) => `- ${item.title}${item.speaker ? ` (${item.speaker})` : ""}, ${item.minutes} min`)].join("\n"));
  }
  const links = [session.videoUrl ? `Video: ${session.videoUrl}` : null, session.chatUrl ? `Chat: ${session.chatUrl}` : null, `Agenda and notes: ${url}`].filter(Boolean);
  parts.push(links.join("\n"));
  parts.push(`Planned in ${session.timeZone}.`);
  return parts.filter(Boolean).join("\n\n");
}
