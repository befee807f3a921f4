import type { Database, DatabaseTransaction } from "@/lib/db";

/**
 * Audience questions for the demo BoF, as its record shows them: some voted
 * up, one answered, one asked anonymously, one pinned, one hidden by a chair.
 * The askers and voters are the fictional demo people; the BoF is over, so
 * the rows are written directly (asking and voting close when a session ends).
 */

const demoBofSlug = "sc25-python-for-hpc-state-of-the-ecosystem";

interface DemoQuestion {
  asker: string;
  body: string;
  minutesIn: number;
  voters: string[];
  isAnonymous?: boolean;
  isAnswered?: boolean;
  isPinned?: boolean;
  hiddenReason?: string;
}

const uma = "uma.user@demo.pyhpc.invalid";
const mia = "mia.member@demo.pyhpc.invalid";
const max = "max.member@demo.pyhpc.invalid";
const ada = "ada.admin@demo.pyhpc.invalid";
const charlie = "charlie.chair@demo.pyhpc.invalid";
const chandra = "chandra.chair@demo.pyhpc.invalid";

export const demoQuestions: DemoQuestion[] = [
  {
    asker: uma,
    body: "Will explicit lazy imports (PEP 810) help existing packages at start-up, or does every library have to opt in?",
    minutesIn: 9,
    voters: [mia, max, ada, charlie, chandra],
    isAnswered: true,
  },
  {
    asker: mia,
    body: "How could a site try out wheel variants for MPI and CUDA builds before PEP 817 is settled?",
    minutesIn: 18,
    voters: [uma, max, ada, chandra],
    isPinned: true,
  },
  {
    asker: max,
    body: "Is anyone running the free-threaded build in production on a cluster yet? What broke first?",
    minutesIn: 31,
    voters: [uma, mia, ada],
    isAnonymous: true,
  },
  {
    asker: ada,
    body: "Could the working group collect start-up times per filesystem (Lustre, GPFS, NFS) so centres can compare?",
    minutesIn: 36,
    voters: [uma],
  },
  {
    asker: uma,
    body: "Does the array API standard say anything about random number generation yet?",
    minutesIn: 41,
    voters: [],
  },
  {
    asker: max,
    body: "Buy cheap GPU hours at example.invalid!!!",
    minutesIn: 44,
    voters: [],
    hiddenReason: "Advertising",
  },
];

/**
 * Adds the demo questions to the demo BoF once: nothing happens when the
 * session is missing or already has questions, so it is safe to run again.
 * Returns how many questions it added.
 */
export async function seedDemoQuestions(client: Database | DatabaseTransaction, { sessionSlug = demoBofSlug }: { sessionSlug?: string } = {}): Promise<number> {
  const session = await client.bofSession.findUnique({ where: { slug: sessionSlug }, select: { id: true, startsAt: true, _count: { select: { questions: true } } } });
  if (!session || session._count.questions > 0) return 0;
  const people = await client.user.findMany({ where: { email: { in: [uma, mia, max, ada, charlie, chandra] } }, select: { id: true, email: true } });
  const idOf = new Map(people.map((person) => [person.email!, person.id]));
  const chairId = idOf.get(charlie) ?? null;

  let added = 0;
  for (const demo of demoQuestions) {
    const authorId = idOf.get(demo.asker);
    if (!authorId) continue;
    const createdAt = new Date(session.startsAt.getTime() + demo.minutesIn * 60_000);
    const voterIds = demo.voters.flatMap((email) => idOf.get(email) ?? []);
    await client.question.create({
      data: {
        sessionId: session.id,
        authorId,
        body: demo.body,
        isAnonymous: demo.isAnonymous ?? false,
        state: demo.hiddenReason ? "HIDDEN" : "VISIBLE",
        hiddenReason: demo.hiddenReason ?? null,
        hiddenById: demo.hiddenReason ? chairId : null,
        isPinned: demo.isPinned ?? false,
        answeredAt: demo.isAnswered ? new Date(createdAt.getTime() + 6 * 60_000) : null,
        voteCount: voterIds.length,
        createdAt,
        votes: { create: voterIds.map((userId, index) => ({ userId, createdAt: new Date(createdAt.getTime() + (index + 1) * 40_000) })) },
      },
      select: { id: true },
    });
    added++;
  }
  return added;
}
