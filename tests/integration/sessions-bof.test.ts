import { describe, expect, it } from "vitest";
import { GET as getSessionsFeed } from "@/app/(site)/sessions/calendar.ics/route";
import { db } from "@/lib/db";
import { anonymousActor, type Actor } from "@/lib/permissions";
import { editSession } from "@/lib/sessions/edit-session";
import { getSessionForEditing } from "@/lib/sessions/get-session-for-editing";
import { exportPublicSessionsCalendar, exportSessionCalendar } from "@/lib/sessions/export-calendar";
import { getSessionDetails } from "@/lib/sessions/get-session-details";
import { listSessions } from "@/lib/sessions/list-sessions";
import { scheduleSession } from "@/lib/sessions/schedule-session";
import { parseSessionForm, type SessionInput } from "@/lib/sessions/schemas";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";

/**
 * Sessions (BoFs and meetings): planning and editing by chairs, who sees
 * which, and their calendar files. (tests/integration/sessions.test.ts is
 * about sign-in sessions.)
 */

const formInput = (fields: Record<string, unknown> = {}, agenda: { title: string; speaker?: string; minutes: string }[] = []): SessionInput => {
  const result = parseSessionForm({
    title: "Python for HPC: State of the Ecosystem",
    slug: "",
    isSlugAuto: "1",
    description: "Four *short* talks, then discussion.",
    timeZone: "America/Chicago",
    startDate: "2025-11-18",
    startTime: "12:15",
    endDate: "",
    endTime: "13:15",
    venue: "Room 101",
    videoUrl: "https://meet.example.org/bof",
    chatUrl: "",
    visibility: "PUBLIC",
    notesEditors: "SIGNED_IN",
    agenda: agenda.map((row) => ({ speaker: "", ...row })),
    ...fields,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.input;
};

const at = (iso: string) => new Date(iso);
/** A session at an offset from now, in hours. */
const around = (startHours: number, endHours: number) => ({
  startsAt: new Date(Date.now() + startHours * 3_600_000),
  endsAt: new Date(Date.now() + endHours * 3_600_000),
});

async function planned(chair: { actor: Actor }, overrides: Partial<SessionInput> = {}) {
  return scheduleSession({ actor: chair.actor, input: { ...formInput(), ...overrides } });
}

describe("planning a session", () => {
  it("stores what the chair gave, the agenda in its order, and who created it", async () => {
    const chair = await createPerson({ role: "chair" });
    const input = formInput({}, [
      { title: "Welcome", speaker: "Charlie Chair", minutes: "5" },
      { title: "Array APIs", minutes: "10" },
      { title: "Discussion", minutes: "45" },
    ]);
    const { id, slug } = await scheduleSession({ actor: chair.actor, input });
    expect(slug).toBe("python-for-hpc-state-of-the-ecosystem");
    const stored = await db.bofSession.findUniqueOrThrow({ where: { id }, include: { agendaItems: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({
      title: "Python for HPC: State of the Ecosystem",
      startsAt: at("2025-11-18T18:15:00Z"),
      endsAt: at("2025-11-18T19:15:00Z"),
      timeZone: "America/Chicago",
      venue: "Room 101",
      videoUrl: "https://meet.example.org/bof",
      chatUrl: null,
      visibility: "PUBLIC",
      notesEditors: "SIGNED_IN",
      createdById: chair.id,
    });
    expect(stored.agendaItems.map(({ position, title, speaker, minutes }) => ({ position, title, speaker, minutes }))).toEqual([
      { position: 0, title: "Welcome", speaker: "Charlie Chair", minutes: 5 },
      { position: 1, title: "Array APIs", speaker: null, minutes: 10 },
      { position: 2, title: "Discussion", speaker: null, minutes: 45 },
    ]);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("numbers a derived address that is taken, and refuses a chosen one that is", async () => {
    const chair = await createPerson({ role: "chair" });
    expect((await planned(chair)).slug).toBe("python-for-hpc-state-of-the-ecosystem");
    expect((await planned(chair)).slug).toBe("python-for-hpc-state-of-the-ecosystem-2");
    expect((await planned(chair, { slug: "python-for-hpc-state-of-the-ecosystem", isSlugAuto: true })).slug).toBe("python-for-hpc-state-of-the-ecosystem-3");
    await expect(planned(chair, { slug: "python-for-hpc-state-of-the-ecosystem-2", isSlugAuto: false })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { slug: ["Another session already has the address /sessions/python-for-hpc-state-of-the-ecosystem-2; choose another."] },
    });
    expect(await db.bofSession.count()).toBe(3);
  });

  it("gives two chairs deriving the same address at once different ones", async () => {
    const chair = await createPerson({ role: "chair" });
    const results = await Promise.all(Array.from({ length: 4 }, () => planned(chair, { title: "Same title at once" })));
    expect(new Set(results.map((result) => result.slug)).size).toBe(4);
  });

  it("is for chairs and admins only", async () => {
    await expect(planned({ actor: anonymousActor })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const role of ["user", "member"] as const) {
      await expect(planned(await createPerson({ role }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.bofSession.count()).toBe(0);
    await planned(await createPerson({ role: "admin" }));
    expect(await db.bofSession.count()).toBe(1);
  });
});

describe("editing a session", () => {
  it("starts from the times in the session's own zone and saves changes with a new agenda order", async () => {
    const chair = await createPerson({ role: "chair" });
    const { slug, id } = await scheduleSession({
      actor: chair.actor,
      input: formInput({}, [
        { title: "First", minutes: "10" },
        { title: "Second", minutes: "20" },
        { title: "Third", minutes: "30" },
      ]),
    });
    const form = await getSessionForEditing({ actor: chair.actor, slug });
    expect(form).toMatchObject({ startDate: "2025-11-18", startTime: "12:15", endDate: "2025-11-18", endTime: "13:15", timeZone: "America/Chicago" });
    expect(form!.agenda.map((item) => item.title)).toEqual(["First", "Second", "Third"]);

    const other = await createPerson({ role: "chair" });
    const saved = await editSession({
      actor: other.actor,
      id,
      version: form!.version,
      input: formInput({ title: "Renamed BoF", slug: "renamed-bof", isSlugAuto: "", timeZone: "Europe/Berlin", startTime: "09:00", endTime: "10:30", visibility: "MEMBERS", notesEditors: "CHAIRS", videoUrl: "" }, [
        { title: "Third", minutes: "30" },
        { title: "First", minutes: "10" },
      ]),
    });
    expect(saved).toEqual({ id, slug: "renamed-bof" });
    const stored = await db.bofSession.findUniqueOrThrow({ where: { id }, include: { agendaItems: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({
      title: "Renamed BoF",
      timeZone: "Europe/Berlin",
      startsAt: at("2025-11-18T08:00:00Z"),
      endsAt: at("2025-11-18T09:30:00Z"),
      visibility: "MEMBERS",
      notesEditors: "CHAIRS",
      videoUrl: null,
      createdById: chair.id,
    });
    expect(stored.agendaItems.map((item) => [item.position, item.title])).toEqual([
      [0, "Third"],
      [1, "First"],
    ]);
  });

  it("does not overwrite another chair's save made in between", async () => {
    const chair = await createPerson({ role: "chair" });
    const { slug, id } = await planned(chair);
    const opened = await getSessionForEditing({ actor: chair.actor, slug });
    await editSession({ actor: chair.actor, id, version: opened!.version, input: formInput({ title: "First save" }) });
    await expect(editSession({ actor: chair.actor, id, version: opened!.version, input: formInput({ title: "Second save" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { title: "First save", version: expect.not.stringMatching(opened!.version) },
    });
    expect((await db.bofSession.findUniqueOrThrow({ where: { id } })).title).toBe("First save");
  });

  it("refuses another session's address, non-chairs, and sessions that are gone", async () => {
    const chair = await createPerson({ role: "chair" });
    await planned(chair, { slug: "taken-address", isSlugAuto: false });
    const { id, slug } = await planned(chair);
    const { version } = (await getSessionForEditing({ actor: chair.actor, slug }))!;
    await expect(editSession({ actor: chair.actor, id, version, input: formInput({ slug: "taken-address", isSlugAuto: "" }) })).rejects.toMatchObject({
      fieldErrors: { slug: [expect.stringContaining("/sessions/taken-address")] },
    });
    const member = await createPerson({ role: "member" });
    await expect(getSessionForEditing({ actor: member.actor, slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editSession({ actor: member.actor, id, version, input: formInput({ title: "Hijacked" }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editSession({ actor: anonymousActor, id, version, input: formInput({ title: "Hijacked" }) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getSessionForEditing({ actor: chair.actor, slug: "no-such-session" })).toBeNull();
    await expect(editSession({ actor: chair.actor, id: 999_999, version, input: formInput() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.bofSession.findUniqueOrThrow({ where: { id } })).title).toBe("Python for HPC: State of the Ecosystem");
  });
});

describe("listing and reading sessions", () => {
  async function aCalendar() {
    const chair = await createPerson({ role: "chair" });
    await planned(chair, { title: "Live public call", slug: "live-call", isSlugAuto: false, ...around(-0.5, 0.5) });
    await planned(chair, { title: "Next public call", slug: "next-call", isSlugAuto: false, ...around(24 * 7, 24 * 7 + 1) });
    await planned(chair, { title: "Members' meeting", slug: "members-meeting", isSlugAuto: false, visibility: "MEMBERS", ...around(24, 25) });
    await planned(chair, { title: "Last year's BoF", slug: "old-bof", isSlugAuto: false, ...around(-24 * 365, -24 * 365 + 1) });
    await planned(chair, { title: "Later public call", slug: "later-call", isSlugAuto: false, ...around(24 * 30, 24 * 30 + 1) });
    return chair;
  }
  const titles = (sessions: { title: string }[]) => sessions.map((session) => session.title);

  it("groups live, upcoming (soonest first) and past; members-only sessions only for members and above", async () => {
    await aCalendar();
    const everyone = await listSessions({ actor: anonymousActor });
    expect(titles(everyone.live)).toEqual(["Live public call"]);
    expect(titles(everyone.upcoming)).toEqual(["Next public call", "Later public call"]);
    expect(titles(everyone.past)).toEqual(["Last year's BoF"]);
    expect((await listSessions({ actor: (await createPerson({ role: "user" })).actor })).upcoming).toHaveLength(2);
    for (const role of ["member", "chair", "admin"] as const) {
      const { upcoming } = await listSessions({ actor: (await createPerson({ role })).actor });
      expect(titles(upcoming)).toEqual(["Members' meeting", "Next public call", "Later public call"]);
    }
  });

  it("pages through past sessions, latest first", async () => {
    const chair = await createPerson({ role: "chair" });
    for (let index = 1; index <= 23; index++) await planned(chair, { title: `Past meeting ${index}`, ...around(-24 * index, -24 * index + 1) });
    const first = await listSessions({ actor: anonymousActor });
    expect(first.pastTotal).toBe(23);
    expect(first.past).toHaveLength(20);
    expect(first.past[0]!.title).toBe("Past meeting 1");
    expect(titles((await listSessions({ actor: anonymousActor, pastPage: 2 })).past)).toEqual(["Past meeting 21", "Past meeting 22", "Past meeting 23"]);
  });

  it("shows a session's page only to those who may read it, with the agenda's start times and what they may do", async () => {
    const chair = await createPerson({ role: "chair" });
    const { slug } = await scheduleSession({
      actor: chair.actor,
      input: formInput({ visibility: "MEMBERS", notesEditors: "CHAIRS" }, [
        { title: "Welcome", minutes: "5" },
        { title: "Talks", minutes: "40" },
        { title: "Discussion", minutes: "15" },
      ]),
    });
    expect(await getSessionDetails({ actor: anonymousActor, slug })).toBeNull();
    expect(await getSessionDetails({ actor: (await createPerson({ role: "user" })).actor, slug })).toBeNull();

    const member = await getSessionDetails({ actor: (await createPerson({ role: "member" })).actor, slug, now: at("2025-11-18T18:30:00Z") });
    expect(member).toMatchObject({ status: "live", agendaMinutes: 60, permissions: { canManage: false, canEditNotes: false, canManageRevisions: false } });
    expect(member!.agenda.map((item) => item.startsAt.toISOString())).toEqual(["2025-11-18T18:15:00.000Z", "2025-11-18T18:20:00.000Z", "2025-11-18T19:00:00.000Z"]);

    const asChair = await getSessionDetails({ actor: chair.actor, slug, now: at("2025-11-19T00:00:00Z") });
    expect(asChair).toMatchObject({ status: "ended", permissions: { canManage: true, canEditNotes: true, canManageRevisions: true } });
    expect(await getSessionDetails({ actor: chair.actor, slug: "Not-A-Slug!" })).toBeNull();
  });

  it("lets the session's setting decide who edits the notes", async () => {
    const chair = await createPerson({ role: "chair" });
    const user = await createPerson({ role: "user" });
    const member = await createPerson({ role: "member" });
    const { slug: open } = await planned(chair, { notesEditors: "SIGNED_IN" });
    const { slug: members } = await planned(chair, { notesEditors: "MEMBERS" });
    const canEdit = async (actor: Actor, slug: string) => (await getSessionDetails({ actor, slug }))!.permissions.canEditNotes;
    expect(await canEdit(anonymousActor, open)).toBe(false);
    expect(await canEdit(user.actor, open)).toBe(true);
    expect(await canEdit(user.actor, members)).toBe(false);
    expect(await canEdit(member.actor, members)).toBe(true);
  });
});

describe("calendar files", () => {
  const origin = "https://hub.example.org";
  const events = (ics: string) => ics.split("BEGIN:VEVENT").length - 1;
  /** Unfolds the iCalendar line folding, so long values can be matched. */
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

  it("describe one session: UID, UTC times, summary, plain-text description, location and link", async () => {
    const chair = await createPerson({ role: "chair" });
    const { id, slug } = await scheduleSession({
      actor: chair.actor,
      input: formInput({ description: "Four **short** talks about [array APIs](https://example.org), then discussion." }, [{ title: "Welcome", speaker: "Charlie Chair", minutes: "5" }]),
    });
    const calendar = await exportSessionCalendar({ actor: anonymousActor, slug, origin });
    const ics = unfold(calendar!.ics);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(events(ics)).toBe(1);
    expect(ics).toContain(`UID:session-${id}@hub.example.org\r\n`);
    expect(ics).toContain("DTSTART:20251118T181500Z\r\n");
    expect(ics).toContain("DTEND:20251118T191500Z\r\n");
    expect(ics).toContain("SUMMARY:Python for HPC: State of the Ecosystem\r\n");
    expect(ics).toContain("LOCATION:Room 101\r\n");
    expect(ics).toContain(`URL;VALUE=URI:${origin}/sessions/${slug}\r\n`);
    expect(ics).toMatch(/DESCRIPTION:Four short talks about array APIs \(https:\/\/example\.org\)\\, then discussion\.\\n/);
    expect(ics).not.toContain("**");
    expect(ics).toContain("- Welcome (Charlie Chair)\\, 5 min");
    // The same session always has the same UID, so calendars update it rather than adding another.
    expect(unfold((await exportSessionCalendar({ actor: anonymousActor, slug, origin }))!.ics)).toContain(`UID:session-${id}@hub.example.org`);
  });

  it("keep members-only sessions from those who may not read them, and out of the public feed", async () => {
    const chair = await createPerson({ role: "chair" });
    const open = await planned(chair, { title: "Open call" });
    const closed = await planned(chair, { title: "Closed meeting", visibility: "MEMBERS" });
    expect(await exportSessionCalendar({ actor: anonymousActor, slug: closed.slug, origin })).toBeNull();
    expect(await exportSessionCalendar({ actor: (await createPerson({ role: "user" })).actor, slug: closed.slug, origin })).toBeNull();
    expect(await exportSessionCalendar({ actor: (await createPerson({ role: "member" })).actor, slug: closed.slug, origin })).toMatchObject({ isPublic: false });
    expect(await exportSessionCalendar({ actor: anonymousActor, slug: "no-such-session", origin })).toBeNull();

    // Even a chair's feed is the public one.
    const feed = await exportPublicSessionsCalendar({ actor: chair.actor, origin });
    expect(events(feed)).toBe(1);
    expect(feed).toContain(`UID:session-${open.id}@`);
    expect(feed).not.toContain(`UID:session-${closed.id}@`);
    expect(feed).not.toContain("Closed meeting");
  });

  it("are served as text/calendar", async () => {
    const chair = await createPerson({ role: "chair" });
    await planned(chair, { title: "First call", ...around(24, 25) });
    await planned(chair, { title: "Second call", ...around(48, 49) });
    await planned(chair, { title: "Members only", visibility: "MEMBERS", ...around(72, 73) });
    const response = await getSessionsFeed(new Request("http://hub.test/sessions/calendar.ics", { headers: { host: "hub.test" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(events(ics)).toBe(2);
    expect(ics).toMatch(/UID:session-\d+@hub\.test/);
    expect(ics).toContain("URL;VALUE=URI:http://hub.test/sessions/first-call");
    expect(ics).not.toContain("Members only");
  });
});

describe("demo sessions", () => {
  it("are seeded once, with agendas and notes that mention PEPs", async () => {
    await seedDatabase({ withDemoData: true });
    const sessions = await db.bofSession.findMany({ include: { notes: true, _count: { select: { agendaItems: true } } }, orderBy: { startsAt: "asc" } });
    expect(sessions.length).toBeGreaterThanOrEqual(4);
    const bof = sessions.find((session) => session.slug === "sc25-python-for-hpc-state-of-the-ecosystem")!;
    expect(bof).toMatchObject({ startsAt: at("2025-11-18T18:15:00Z"), timeZone: "America/Chicago", visibility: "PUBLIC" });
    expect(bof._count.agendaItems).toBe(6);
    expect(sessions.some((session) => session.visibility === "MEMBERS")).toBe(true);
    expect(sessions.some((session) => session.startsAt > new Date())).toBe(true);
    for (const session of sessions) {
      expect(session.notes).toMatchObject({ state: null, markdown: expect.stringContaining("PEP ") });
      expect(session.notes!.mentionedPeps.length).toBeGreaterThan(0);
    }
    expect(bof.notes!.mentionedPeps).toEqual(expect.arrayContaining([703, 810]));
    const count = sessions.length;
    await seedDatabase({ withDemoData: true });
    expect(await db.bofSession.count()).toBe(count);
  });
});
