import { db } from "@/lib/db";
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
];
