import { editCharter } from "@/lib/charter/edit-charter";
import { db } from "@/lib/db";
import { addComment } from "@/lib/pain-points/add-comment";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { setAffected } from "@/lib/pain-points/set-affected";
import { addUpstreamLink } from "@/lib/pain-points/add-upstream-link";
import { changePainPointStatus } from "@/lib/pain-points/change-pain-point-status";
import { linkPainPointToPep } from "@/lib/pain-points/link-pain-point-to-pep";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { updateAssessment } from "@/lib/peps/update-assessment";
import { scheduleSession } from "@/lib/sessions/schedule-session";
import { utcToWallTime, wallTimeToUtc } from "@/lib/sessions/zoned-time";
import { demoAssessments, demoWatches } from "@/lib/seed/demo-assessments";
import { demoMembersStep } from "@/lib/seed/demo-members";
import { demoStatementsStep } from "@/lib/seed/demo-statements";
import { demoReports } from "@/lib/seed/demo-pain-points";
import { demoPollsStep } from "@/lib/seed/demo-polls";
import { seedDemoQuestions } from "@/lib/seed/demo-questions";
import { demoSessions, mentionedPeps } from "@/lib/seed/demo-sessions";
import type { SeedStep } from "@/lib/seed/run-seed-steps";

/**
 * Demo content for a living site on the embedded database. Every person and
 * institution here is fictional and looks it (".invalid" addresses, "Example"
 * institutions); nobody real is quoted. Each row is marked isDemo so an admin
 * can remove the demo in one go.
 */
export const demoPeople = [
  { email: "ada.admin@demo.pyhpc.invalid", name: "Ada Admin", role: "ADMIN", headline: "Platform engineer, Example Research Computing Centre" },
  { email: "charlie.chair@demo.pyhpc.invalid", name: "Charlie Chair", role: "CHAIR", headline: "Research software engineer, Fictional National Laboratory" },
  { email: "chandra.chair@demo.pyhpc.invalid", name: "Chandra Chair", role: "CHAIR", headline: "HPC user support lead, Example State University" },
  { email: "mia.member@demo.pyhpc.invalid", name: "Mia Member", role: "MEMBER", headline: "Computational scientist, Example Institute of Technology" },
  { email: "max.member@demo.pyhpc.invalid", name: "Max Member", role: "MEMBER", headline: "Maintainer of an example array library" },
  { email: "uma.user@demo.pyhpc.invalid", name: "Uma User", role: "USER", headline: "PhD student in climate modelling, Example University" },
] as const;

export const demoSteps: SeedStep[] = [
  {
    id: "demo:people",
    description: "Adding the demo people (admin, chairs, members, a user)",
    async run() {
      for (const person of demoPeople) {
        await db.user.upsert({
          where: { email: person.email },
          create: { ...person, isDemo: true, emailVerified: new Date() },
          update: {},
        });
      }
    },
  },
  {
    id: "demo:assessments",
    description: "Writing the demo assessments of PEPs 703, 810, 744, 725 and 817",
    async run() {
      const people = await db.user.findMany({ where: { isDemo: true }, select: { id: true, email: true } });
      const idOf = (email: string) => people.find((person) => person.email === email)?.id;
      for (const watch of demoWatches) {
        const userId = idOf(watch.email);
        if (userId) await db.pepWatch.upsert({ where: { userId_pepNumber: { userId, pepNumber: watch.pepNumber } }, create: { userId, pepNumber: watch.pepNumber }, update: {} });
      }
      for (const assessment of demoAssessments) {
        const editorId = idOf(assessment.editor);
        const current = await db.pepAssessment.findUnique({
          where: { pepNumber: assessment.pepNumber },
          select: { version: true, pep: { select: { areas: { select: { areaSlug: true } } } } },
        });
        if (!editorId || !current) continue;
        await updateAssessment({
          actor: { userId: editorId, role: "chair" },
          pepNumber: assessment.pepNumber,
          expectedVersion: current.version,
          areas: current.pep.areas.map((area) => area.areaSlug),
          impact: assessment.impact,
          stance: assessment.stance,
          affected: assessment.affected,
          summary: assessment.summary,
        });
      }
    },
  },
  {
    id: "demo:pain-points",
    description: "Adding demo pain points with votes, comments, evidence and triage",
    async run() {
      const people = new Map((await db.user.findMany({ where: { isDemo: true }, select: { id: true, email: true } })).map((person) => [person.email!, person.id]));
      const chair = { userId: people.get("charlie.chair@demo.pyhpc.invalid")!, role: "chair" as const };
      const actorFor = (email: string) => ({ userId: people.get(email)!, role: "user" as const });
      const idOf = new Map<string, number>();
      for (const demo of demoReports) {
        const { id } = await reportPainPoint({ actor: actorFor(demo.reporter), input: demo.input });
        idOf.set(demo.key, id);
        for (const { email, ...context } of demo.votes) await setAffected({ actor: actorFor(email), painPointId: id, isAffected: true, context });
        for (const comment of demo.comments) await addComment({ actor: actorFor(comment.email), painPointId: id, body: comment.body });
        for (const url of demo.links) await addUpstreamLink({ actor: actorFor(demo.reporter), painPointId: id, url });
        for (const pepNumber of demo.peps) await linkPainPointToPep({ actor: chair, painPointId: id, pepNumber });
        for (const change of demo.statuses) {
          await changePainPointStatus({ actor: chair, painPointId: id, status: change.status, reason: change.reason, duplicateOfId: change.duplicateOf ? idOf.get(change.duplicateOf) : undefined });
        }
        if (demo.hidden) await setPainPointHidden({ actor: chair, painPointId: id, isHidden: true, reason: demo.hidden });
        // Spread the demo over past months, so the overview's timeline has a shape.
        const createdAt = new Date(Date.now() - demo.monthsAgo * 30 * 86_400_000);
        await db.painPoint.update({ where: { id }, data: { createdAt } });
        await db.painPointStatusChange.updateMany({ where: { painPointId: id, fromStatus: null }, data: { createdAt } });
      }
    },
  },
  {
    id: "demo:sessions",
    description: "Adding demo sessions (a past BoF, working-group calls, a members' meeting) with their agendas and notes",
    async run() {
      const chairId = (await db.user.findUniqueOrThrow({ where: { email: "charlie.chair@demo.pyhpc.invalid" }, select: { id: true } })).id;
      const chair = { userId: chairId, role: "chair" as const };
      const now = new Date();
      for (const demo of demoSessions) {
        const existing = await db.bofSession.findUnique({ where: { slug: demo.slug }, select: { id: true } });
        let sessionId = existing?.id;
        if (!sessionId) {
          const date = "date" in demo.day ? demo.day.date : addDays(utcToWallTime(now, demo.timeZone).date, demo.day.daysFromSeed);
          const at = (time: string) => {
            const result = wallTimeToUtc({ date, time }, demo.timeZone);
            if (!result.ok) throw new Error(`Demo session ${demo.slug}: ${date} ${time} does not exist in ${demo.timeZone}`);
            return result.instant;
          };
          const { notes: _notes, day: _day, startTime, endTime, ...fields } = demo;
          ({ id: sessionId } = await scheduleSession({ actor: chair, input: { ...fields, isSlugAuto: false, startsAt: at(startTime), endsAt: at(endTime) } }));
        }
        // The collaboration server starts each document from this text (no Yjs state yet).
        await db.noteDocument.upsert({
          where: { sessionId },
          create: { sessionId, markdown: demo.notes, mentionedPeps: mentionedPeps(demo.notes) },
          update: {},
        });
      }
    },
  },
  {
    id: "demo:notes-search",
    description: "Making the demo notes searchable",
    async run() {
      // The live server keeps the vector current from the first edit on; seeded text has had none.
      await db.$executeRaw`UPDATE "NoteDocument" SET "searchVector" = to_tsvector('english', markdown) WHERE "searchVector" IS NULL`;
    },
  },
  {
    id: "demo:questions",
    description: "Adding the BoF's audience questions (votes, one anonymous, one pinned, one answered, one hidden)",
    async run() {
      await seedDemoQuestions(db);
    },
  },
  demoPollsStep,
  {
    id: "demo:charter",
    description: "Adapting the starting charter as the demo chairs did (a second version, to compare)",
    async run() {
      const chair = await db.user.findUnique({ where: { email: "charlie.chair@demo.pyhpc.invalid" }, select: { id: true } });
      const current = await db.charterVersion.findFirst({ orderBy: { version: "desc" } });
      if (!chair || !current || current.version > 1) return;
      await editCharter({
        actor: { userId: chair.id, role: "chair" },
        input: {
          ...current,
          purpose: `${current.purpose}\n\nIn our founding year we concentrate on start-up time at scale, packaging for clusters and free-threaded Python.`,
          quorumPercent: 40,
          reason: "Founding year: a lower quorum while membership grows, and the three topics we start with.",
          expectedVersion: current.version,
        },
      });
    },
  },
  demoMembersStep,
  demoStatementsStep,
];

/** "2026-11-21" plus some days, as a date. */
function addDays(date: string, days: number) {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
