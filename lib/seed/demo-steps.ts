import { db } from "@/lib/db";
import { updateAssessment } from "@/lib/peps/update-assessment";
import { demoAssessments, demoWatches } from "@/lib/seed/demo-assessments";
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
];
