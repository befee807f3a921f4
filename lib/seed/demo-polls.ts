import { addActionItem } from "@/lib/action-items/add-action-item";
import { setActionItemDone } from "@/lib/action-items/set-action-item-done";
import { db } from "@/lib/db";
import { roleFromStored, type Actor } from "@/lib/permissions";
import { createPoll } from "@/lib/polls/create-poll";
import type { PollInput } from "@/lib/polls/schemas";
import { setPollState } from "@/lib/polls/set-poll-state";
import { voteInPoll } from "@/lib/polls/vote-in-poll";
import type { SeedStep } from "@/lib/seed/run-seed-steps";

/**
 * Demo polls and action items. The conference BoF (long over) gets the record
 * of two closed polls, voted in by the demo people, and the three action
 * items its notes end with, one done. Since nobody can vote in a session
 * that has ended, the open poll is on the upcoming working-group call, where
 * visitors to the demo can try voting. Everything goes through the use cases
 * (with the clock set inside the BoF for what happened there), so counts,
 * versions and times are what the app itself would have written.
 */

const bofSlug = "sc25-python-for-hpc-state-of-the-ecosystem";
const upcomingCallSlug = "wg-call-free-threaded-python-on-clusters";

const people = {
  ada: "ada.admin@demo.pyhpc.invalid",
  charlie: "charlie.chair@demo.pyhpc.invalid",
  chandra: "chandra.chair@demo.pyhpc.invalid",
  mia: "mia.member@demo.pyhpc.invalid",
  max: "max.member@demo.pyhpc.invalid",
  uma: "uma.user@demo.pyhpc.invalid",
} as const;
type Person = keyof typeof people;

interface DemoPoll {
  input: PollInput;
  /** Who chose which options (by label). */
  votes: Partial<Record<Person, string[]>>;
  /** Minutes after the session's start it opened and closed (null: still open). */
  openedAfter: number;
  closedAfter: number | null;
}

const bofPolls: DemoPoll[] = [
  {
    input: {
      question: "Which array library do your HPC codes rely on most?",
      kind: "SINGLE",
      options: ["NumPy", "CuPy", "JAX", "PyTorch tensors", "Dask arrays"],
      hideResultsUntilClosed: false,
    },
    votes: { ada: ["NumPy"], chandra: ["NumPy"], mia: ["JAX"], max: ["CuPy"], uma: ["NumPy"] },
    openedAfter: 13,
    closedAfter: 17,
  },
  {
    input: {
      question: "What should the working group push for first?",
      kind: "MULTIPLE",
      options: ["Lazy imports (PEP 810)", "Wheel variants for MPI and GPU builds (PEP 817)", "Extension modules ready for free-threading", "Array API adoption in libraries"],
      hideResultsUntilClosed: true,
    },
    votes: {
      ada: ["Lazy imports (PEP 810)", "Wheel variants for MPI and GPU builds (PEP 817)"],
      chandra: ["Wheel variants for MPI and GPU builds (PEP 817)"],
      mia: ["Lazy imports (PEP 810)", "Extension modules ready for free-threading"],
      max: ["Array API adoption in libraries", "Lazy imports (PEP 810)"],
      uma: ["Lazy imports (PEP 810)"],
    },
    openedAfter: 40,
    closedAfter: 55,
  },
];

const upcomingPoll: DemoPoll = {
  input: {
    question: "Which Python builds do you run on your cluster today?",
    kind: "MULTIPLE",
    options: ["CPython 3.12 or older", "CPython 3.13 or newer", "A free-threaded build (3.13t or 3.14t)", "Conda-forge / Miniforge", "Whatever the site's modules provide"],
    hideResultsUntilClosed: false,
  },
  votes: { mia: ["CPython 3.13 or newer", "A free-threaded build (3.13t or 3.14t)"], uma: ["Conda-forge / Miniforge"] },
  openedAfter: 0,
  closedAfter: null,
};

/** Days after the BoF an action item is due (null: no date), and after how many it was done. */
const bofActionItems: { text: string; owner: Person; ownerName: string; dueAfterDays: number | null; doneAfterDays: number | null }[] = [
  { text: "Collect start-up timings from three sites with and without lazy imports", owner: "mia", ownerName: "Mia Member", dueAfterDays: 28, doneAfterDays: 24 },
  { text: "Draft a statement on free-threading readiness for members to review", owner: "charlie", ownerName: "Charlie Chair", dueAfterDays: 420, doneAfterDays: null },
  { text: "Ask packaging maintainers how sites could test wheel variants", owner: "chandra", ownerName: "Chandra Chair", dueAfterDays: null, doneAfterDays: null },
];

const minutes = (at: Date, count: number) => new Date(at.getTime() + count * 60_000);
const day = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function runPoll(sessionId: number, startsAt: Date, poll: DemoPoll, actors: Record<Person, Actor>, isPast: boolean) {
  const chair = actors.charlie;
  // In a session under way or to come, things happen now; in one that is over, at their time in it.
  const at = (offset: number) => (isPast ? minutes(startsAt, offset) : new Date());
  const created = await createPoll({ actor: chair, sessionId, input: poll.input, now: at(poll.openedAfter - 1) });
  if (isPast) await db.poll.update({ where: { id: created.id }, data: { createdAt: at(poll.openedAfter - 5) } });
  await setPollState({ actor: chair, pollId: created.id, state: "OPEN", now: at(poll.openedAfter) });
  const optionId = new Map(created.options.map((option) => [option.label, option.id]));
  for (const [person, labels] of Object.entries(poll.votes) as [Person, string[]][]) {
    await voteInPoll({ actor: actors[person], pollId: created.id, optionIds: labels.map((label) => optionId.get(label)!), now: at(poll.openedAfter + 1) });
  }
  if (poll.closedAfter !== null) await setPollState({ actor: chair, pollId: created.id, state: "CLOSED", now: at(poll.closedAfter) });
}

/** Adds the demo polls and action items; does nothing where the sessions are missing or already have polls. */
export async function seedDemoPollsAndActionItems() {
  const users = await db.user.findMany({ where: { email: { in: Object.values(people) } }, select: { id: true, email: true, role: true } });
  const actors = {} as Record<Person, Actor>;
  for (const [person, email] of Object.entries(people) as [Person, string][]) {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) return;
    actors[person] = { userId: user.id, role: roleFromStored[user.role] };
  }

  const bof = await db.bofSession.findUnique({ where: { slug: bofSlug }, select: { id: true, startsAt: true, endsAt: true, _count: { select: { polls: true, actionItems: true } } } });
  if (bof && bof._count.polls === 0) {
    const isPast = bof.endsAt.getTime() <= Date.now();
    for (const poll of bofPolls) await runPoll(bof.id, bof.startsAt, poll, actors, isPast);
  }
  if (bof && bof._count.actionItems === 0) {
    const endedAt = bof.endsAt;
    for (const [index, item] of bofActionItems.entries()) {
      const added = await addActionItem({
        actor: actors.charlie,
        sessionId: bof.id,
        input: { text: item.text, ownerName: item.ownerName, dueOn: item.dueAfterDays === null ? null : day(endedAt, item.dueAfterDays) },
      });
      await db.actionItem.update({ where: { id: added.id }, data: { createdAt: minutes(endedAt, -8 + index) } });
      if (item.doneAfterDays !== null) await setActionItemDone({ actor: actors[item.owner], itemId: added.id, isDone: true, now: new Date(endedAt.getTime() + item.doneAfterDays * 86_400_000) });
    }
  }

  const call = await db.bofSession.findUnique({ where: { slug: upcomingCallSlug }, select: { id: true, startsAt: true, endsAt: true, _count: { select: { polls: true } } } });
  if (call && call._count.polls === 0 && call.endsAt.getTime() > Date.now()) await runPoll(call.id, call.startsAt, upcomingPoll, actors, false);
}

export const demoPollsStep: SeedStep = {
  id: "demo:polls-and-action-items",
  description: "Adding demo polls (closed ones with results on the BoF, an open one on an upcoming call) and the BoF's action items",
  run: seedDemoPollsAndActionItems,
};
