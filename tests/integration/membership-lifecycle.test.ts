import { beforeEach, describe, expect, it, vi } from "vitest";
import { createSession, findSessionUser } from "@/lib/auth/session";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { countActiveVotingMembers } from "@/lib/membership/activity";
import { leaveMembership } from "@/lib/membership/leave-membership";
import { reaffirmMembership } from "@/lib/membership/reaffirm-membership";
import { remindLapsingMembers } from "@/lib/membership/remind-lapsing-members";
import { requestMembership } from "@/lib/membership/request-membership";
import { liftSuspension, suspendMember } from "@/lib/membership/suspend-member";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema } from "@/lib/pain-points/schemas";
import { can } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import { authorizeNotesConnection } from "@/lib/notes/authorize-notes-connection";
import { noteDocumentName } from "@/lib/notes/note-document";
import { askQuestion } from "@/lib/questions/ask-question";
import { createMember, createPerson, createSession as createBofSession } from "../support/factories";
import { refusal } from "../support/refusal";

const emailed = vi.hoisted(() => [] as NewNotification[][]);
vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (notifications: NewNotification[]) => emailed.push(notifications) }));

beforeEach(async () => {
  emailed.length = 0;
  await seedDatabase({ withDemoData: false });
});

const month = 31 * 86_400_000;

const membershipOf = (userId: string) => db.membership.findUniqueOrThrow({ where: { userId } });
const auditOf = (action: string, subjectId: string) => db.auditLog.findMany({ where: { action, subjectId } });

describe("leaving", () => {
  it("keeps the membership as left, makes the person a user again, audits before and after, and keeps what they did under their name", async () => {
    const member = await createMember();
    const report = await reportPainPoint({
      actor: member.actor,
      input: reportSchema.parse({ title: "Import of numpy takes 40 s on Lustre", areas: ["startup-import"], severity: "COSTS_HOURS", description: "Every job start pays it, for each of 512 ranks.", isReporterPublic: true }),
    });
    await leaveMembership({ actor: member.actor });

    expect(await membershipOf(member.id)).toMatchObject({ status: "LEFT" });
    expect((await membershipOf(member.id)).leftAt).toBeInstanceOf(Date);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("USER");
    const [audit] = await auditOf("membership.leave", member.id);
    expect(audit).toMatchObject({ actorId: member.id, before: { status: "ACTIVE", role: "member" }, after: { status: "LEFT", role: "user" } });
    expect((await db.painPoint.findUniqueOrThrow({ where: { id: report.id } })).reporterId).toBe(member.id);

    // Leaving twice is refused; asking to join again is allowed at once.
    expect((await refusal(leaveMembership({ actor: { userId: member.id, role: "user" } }))).code).toBe("CONFLICT");
    const again = await requestMembership({
      actor: { userId: member.id, role: "user" },
      input: { affiliation: "Example Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "RSE", country: "FR", areas: ["packaging"], statementOfInterest: "Back again, with a new job at a centre." },
    });
    expect(again.status).toBe("PENDING");
  });

  it("lets an admin leave and stay an admin, and refuses someone who never was a member", async () => {
    const admin = await createMember({ role: "admin" });
    await leaveMembership({ actor: admin.actor });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    const user = await createPerson({ role: "user" });
    expect((await refusal(leaveMembership({ actor: user.actor }))).code).toBe("NOT_FOUND");
    expect((await refusal(leaveMembership({ actor: { userId: null, role: "anonymous" } }))).code).toBe("UNAUTHENTICATED");
  });
});

describe("suspension", () => {
  it("a chair suspends a member with a reason: the member is told, acts as a user, cannot ask to join, and is active again when it is lifted", async () => {
    const [member, chair] = await Promise.all([createMember(), createMember({ role: "chair" })]);
    const { sessionToken } = await createSession(member.id);
    await suspendMember({ actor: chair.actor, userId: member.id, version: 1, reason: "Repeated personal attacks in session Q&A." });

    expect(await membershipOf(member.id)).toMatchObject({ status: "SUSPENDED", suspendedById: chair.id, suspensionReason: "Repeated personal attacks in session Q&A." });
    const suspendedActor = { userId: member.id, role: (await findSessionUser(sessionToken))!.role };
    expect(suspendedActor.role).toBe("user");
    expect(can(suspendedActor, "notes.editMembersOnlyNotes")).toBe(false);
    expect(can(suspendedActor, "statements.vote")).toBe(false);
    expect((await refusal(requestMembership({ actor: suspendedActor, input: {} }))).code).toMatch(/FORBIDDEN|INVALID_INPUT/);
    expect((await refusal(reaffirmMembership({ actor: suspendedActor }))).code).toBe("FORBIDDEN");
    expect(emailed.flat()).toEqual([expect.objectContaining({ userId: member.id, kind: "membership.suspended" })]);
    expect((await auditOf("membership.suspend", member.id))[0]).toMatchObject({ actorId: chair.id, before: { status: "ACTIVE" }, after: { status: "SUSPENDED" } });

    await liftSuspension({ actor: chair.actor, userId: member.id, version: 2 });
    expect(await membershipOf(member.id)).toMatchObject({ status: "ACTIVE", suspensionReason: null });
    expect((await findSessionUser(sessionToken))!.role).toBe("member");
  });

  it("a suspended member's request to join is refused with the reason it is refused", async () => {
    const member = await createMember({ status: "SUSPENDED" });
    const refused = await refusal(
      requestMembership({
        actor: { userId: member.id, role: "user" },
        input: { affiliation: "Example Centre", affiliationKind: "hpc-centre", roleAtAffiliation: "RSE", country: "FR", areas: ["packaging"], statementOfInterest: "Let me in again under a new request." },
      }),
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    expect(await db.membershipRequest.count({ where: { userId: member.id } })).toBe(0);
  });

  it("is refused for a reason left empty, for members, for chairs themselves, for another chair, and for an outdated form", async () => {
    const [member, otherMember, chair, otherChair] = await Promise.all([createMember(), createMember(), createMember({ role: "chair" }), createMember({ role: "chair" })]);
    expect((await refusal(suspendMember({ actor: chair.actor, userId: member.id, version: 1, reason: "  " }))).fieldErrors?.reason?.[0]).toContain("Say why");
    expect((await refusal(suspendMember({ actor: otherMember.actor, userId: member.id, version: 1, reason: "I do not like them." }))).code).toBe("FORBIDDEN");
    expect((await refusal(suspendMember({ actor: chair.actor, userId: chair.id, version: 1, reason: "Testing myself." }))).code).toBe("FORBIDDEN");
    expect((await refusal(suspendMember({ actor: chair.actor, userId: otherChair.id, version: 1, reason: "A rival chair." }))).code).toBe("FORBIDDEN");
    expect((await refusal(suspendMember({ actor: chair.actor, userId: member.id, version: 7, reason: "An old form." }))).code).toBe("CONFLICT");
    expect(await db.membership.count({ where: { status: "SUSPENDED" } })).toBe(0);
  });

  it("of two chairs suspending at once, one suspends and the other is told it changed", async () => {
    const [member, chairA, chairB] = await Promise.all([createMember(), createMember({ role: "chair" }), createMember({ role: "chair" })]);
    const results = await Promise.allSettled([
      suspendMember({ actor: chairA.actor, userId: member.id, version: 1, reason: "First reason." }),
      suspendMember({ actor: chairB.actor, userId: member.id, version: 1, reason: "Second reason." }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await auditOf("membership.suspend", member.id)).toHaveLength(1);
  });
});

describe("inactivity and reaffirming, by the clock", () => {
  it("a member silent for the charter's 12 months stops counting for quorum, and reaffirming brings them back", async () => {
    const now = new Date();
    const member = await createMember({ lastActiveAt: new Date(now.getTime() - 13 * month) });
    expect(await countActiveVotingMembers(now)).toBe(0);
    await reaffirmMembership({ actor: member.actor, now });
    expect(await countActiveVotingMembers(now)).toBe(1);
    expect((await membershipOf(member.id)).reaffirmedAt).toEqual(now);
    expect(await countActiveVotingMembers(new Date(now.getTime() + 11 * month))).toBe(1);
    expect(await countActiveVotingMembers(new Date(now.getTime() + 13 * month))).toBe(0);
    expect((await auditOf("membership.reaffirm", member.id))[0]).toMatchObject({ actorId: member.id });
  });

  it("attending a session (opening its notes) and asking a question keep a member active", async () => {
    const member = await createMember({ lastActiveAt: new Date(Date.now() - 13 * month) });
    const bof = await createBofSession();
    const { sessionToken } = await createSession(member.id);
    await authorizeNotesConnection({ documentName: noteDocumentName(bof.id), cookieHeader: `${sessionCookieName(false)}=${sessionToken}` });
    expect(await countActiveVotingMembers()).toBe(1);

    const asker = await createMember({ lastActiveAt: new Date(Date.now() - 13 * month) });
    await askQuestion({ actor: asker.actor, sessionId: bof.id, body: "Will the free-threaded build ship as the default on our cluster?", isAnonymous: false });
    expect(await countActiveVotingMembers()).toBe(2);
  });

  it("reminds a member once, a month before they would count as inactive, and again only after they took part again", async () => {
    const now = new Date();
    const lapsing = await createMember({ lastActiveAt: new Date(now.getTime() - 11.5 * month) });
    await Promise.all([createMember({ lastActiveAt: new Date(now.getTime() - 6 * month) }), createMember({ lastActiveAt: new Date(now.getTime() - 13 * month) }), createMember({ status: "SUSPENDED", lastActiveAt: new Date(now.getTime() - 11.5 * month) })]);
    expect(await remindLapsingMembers(now)).toBe(1);
    expect(emailed.flat()).toEqual([expect.objectContaining({ userId: lapsing.id, kind: "membership.lapsing", link: "/members/me" })]);
    expect(await db.notification.count({ where: { userId: lapsing.id, kind: "membership.lapsing" } })).toBe(1);
    expect(await remindLapsingMembers(new Date(now.getTime() + 86_400_000))).toBe(0);

    const later = new Date(now.getTime() + 2 * 86_400_000);
    await reaffirmMembership({ actor: lapsing.actor, now: later });
    expect(await remindLapsingMembers(new Date(later.getTime() + 11.5 * month))).toBe(1);
  });

  it("refuses reaffirming after leaving", async () => {
    const member = await createMember({ status: "LEFT" });
    expect((await refusal(reaffirmMembership({ actor: { userId: member.id, role: "user" } }))).code).toBe("CONFLICT");
  });
});
