import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoPollsAndActionItems } from "@/lib/seed/demo-polls";
import { seedDatabase } from "@/lib/seed/seed-database";

describe("demo polls and action items", () => {
  it("gives the BoF closed polls with results and three action items (one done), an upcoming call an open poll, and runs once", async () => {
    await seedDatabase({ withDemoData: true });
    await seedDemoPollsAndActionItems();
    const bof = await db.bofSession.findUniqueOrThrow({ where: { slug: "sc25-python-for-hpc-state-of-the-ecosystem" }, select: { id: true, startsAt: true, endsAt: true } });
    const polls = await db.poll.findMany({ where: { sessionId: bof.id }, orderBy: { id: "asc" }, include: { options: { orderBy: { position: "asc" } } } });
    expect(polls.map((poll) => [poll.state, poll.voterCount])).toEqual([
      ["CLOSED", 5],
      ["CLOSED", 5],
    ]);
    expect(polls[0]!.options.map((option) => option.voteCount)).toEqual([3, 1, 1, 0, 0]);
    for (const poll of polls) {
      expect(poll.openedAt!.getTime()).toBeGreaterThanOrEqual(bof.startsAt.getTime());
      expect(poll.closedAt!.getTime()).toBeLessThanOrEqual(bof.endsAt.getTime());
      expect(poll.options.reduce((sum, option) => sum + option.voteCount, 0)).toBe(await db.pollVote.count({ where: { pollId: poll.id } }));
    }
    const items = await db.actionItem.findMany({ where: { sessionId: bof.id }, orderBy: { createdAt: "asc" } });
    expect(items.map((item) => [item.ownerName, item.doneAt !== null])).toEqual([
      ["Mia Member", true],
      ["Charlie Chair", false],
      ["Chandra Chair", false],
    ]);
    const open = await db.poll.findMany({ where: { state: "OPEN" }, select: { voterCount: true, session: { select: { slug: true } } } });
    expect(open).toEqual([{ voterCount: 2, session: { slug: "wg-call-free-threaded-python-on-clusters" } }]);

    await seedDemoPollsAndActionItems();
    expect(await db.poll.count()).toBe(3);
    expect(await db.actionItem.count()).toBe(3);
  });
});
