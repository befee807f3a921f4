import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSession, findSessionUser } from "@/lib/auth/session";
import { countActiveVotingMembers, recordMemberActivity } from "@/lib/membership/activity";
import { approveMembershipRequest } from "@/lib/membership/approve-membership-request";
import { requestMembership } from "@/lib/membership/request-membership";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";

beforeEach(async () => {
  await seedDatabase({ withDemoData: false });
});

const month = 30 * 86_400_000;

/** A person whose request was approved: a member with the request's entry. */
async function approvedMember() {
  const [person, chair] = await Promise.all([createPerson({ role: "user" }), createPerson({ role: "chair" })]);
  const request = await requestMembership({
    actor: person.actor,
    input: { affiliation: "Example Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "RSE", country: "FR", areas: ["packaging"], statementOfInterest: "I support Python users on our machines every day.", isPublicListingConsented: "on" },
  });
  await approveMembershipRequest({ actor: chair.actor, requestId: request.id });
  return person;
}

describe("membership from an approved request", () => {
  it("makes a membership whose directory entry is what the person sent", async () => {
    const person = await approvedMember();
    const membership = await db.membership.findUniqueOrThrow({ where: { userId: person.id } });
    expect(membership).toMatchObject({ status: "ACTIVE", affiliation: "Example Centre", affiliationKind: "hpc-centre", country: "FR", areas: ["packaging"], isPublicListingConsented: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("MEMBER");
  });

  it("a suspended member acts as a signed-in user, and an active one as a member", async () => {
    const person = await approvedMember();
    const { sessionToken } = await createSession(person.id);
    expect((await findSessionUser(sessionToken))?.role).toBe("member");
    await db.membership.update({ where: { userId: person.id }, data: { status: "SUSPENDED" } });
    expect((await findSessionUser(sessionToken))?.role).toBe("user");
  });
});

describe("who counts for quorum", () => {
  it("counts active members only: not suspended, not left, not lapsed by the charter's 12 months", async () => {
    const now = new Date();
    const [active, suspended, left, lapsed] = await Promise.all([approvedMember(), approvedMember(), approvedMember(), approvedMember()]);
    await db.membership.update({ where: { userId: suspended.id }, data: { status: "SUSPENDED" } });
    await db.membership.update({ where: { userId: left.id }, data: { status: "LEFT" } });
    await db.user.update({ where: { id: left.id }, data: { role: "USER" } });
    await db.membership.update({ where: { userId: lapsed.id }, data: { lastActiveAt: new Date(now.getTime() - 13 * month) } });
    expect(active.id).toBeTruthy();
    expect(await countActiveVotingMembers(now)).toBe(1);

    // Taking part again makes the lapsed member active; a suspended member's activity changes nothing.
    await recordMemberActivity(db, lapsed.id, now);
    await recordMemberActivity(db, suspended.id, now);
    expect(await countActiveVotingMembers(now)).toBe(2);
    // A year on without activity, nobody counts.
    expect(await countActiveVotingMembers(new Date(now.getTime() + 13 * month))).toBe(0);
  });

  it("writes activity at most once an hour", async () => {
    const person = await approvedMember();
    const before = (await db.membership.findUniqueOrThrow({ where: { userId: person.id } })).lastActiveAt;
    await recordMemberActivity(db, person.id, new Date(before.getTime() + 10 * 60_000));
    expect((await db.membership.findUniqueOrThrow({ where: { userId: person.id } })).lastActiveAt).toEqual(before);
    const later = new Date(before.getTime() + 2 * 3_600_000);
    await recordMemberActivity(db, person.id, later);
    expect((await db.membership.findUniqueOrThrow({ where: { userId: person.id } })).lastActiveAt).toEqual(later);
  });
});
