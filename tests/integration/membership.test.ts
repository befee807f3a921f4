import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { answerMembershipQuestion } from "@/lib/membership/answer-membership-question";
import { approveMembershipRequest } from "@/lib/membership/approve-membership-request";
import { askAboutMembershipRequest } from "@/lib/membership/ask-about-membership-request";
import { declineMembershipRequest } from "@/lib/membership/decline-membership-request";
import { getMembershipRequest } from "@/lib/membership/get-membership-request";
import { getOwnMembership } from "@/lib/membership/get-own-membership";
import { listMembershipRequests } from "@/lib/membership/list-membership-requests";
import { requestMembership } from "@/lib/membership/request-membership";
import { withdrawMembershipRequest } from "@/lib/membership/withdraw-membership-request";
import { anonymousActor } from "@/lib/permissions";
import { seedDatabase } from "@/lib/seed/seed-database";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { createPerson } from "../support/factories";
import { membershipRequestForm } from "../support/membership";
import { refusal } from "../support/refusal";

/** What the use cases hand to the email sender after their commit (SMTP is not configured here, so the real one would send nothing). */
const emailed = vi.hoisted(() => [] as NewNotification[][]);
vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (notifications: NewNotification[]) => emailed.push(notifications) }));

beforeEach(async () => {
  emailed.length = 0;
  await seedDatabase({ withDemoData: false });
});

const day = 86_400_000;

const form = membershipRequestForm;

/** A person who asked to join, and their open request. */
async function applicant(overrides: Record<string, unknown> = {}) {
  const person = await createPerson({ role: "user" });
  const request = await requestMembership({ actor: person.actor, input: form(overrides) });
  return { person, request };
}

/** A request declined `daysAgo` days ago, as if a chair had decided it then. */
async function declinedDaysAgo(userId: string, daysAgo: number) {
  const chair = await createPerson({ role: "chair" });
  return db.membershipRequest.create({
    data: { ...form(), orcid: null, conflictsOfInterest: null, userId, status: "DECLINED", decidedById: chair.id, decidedAt: new Date(Date.now() - daysAgo * day), declineReason: "Not yet" },
  });
}

describe("asking to join", () => {
  it("stores the request as sent, normalized, with consent off by default", async () => {
    const { person, request } = await applicant();
    expect(request).toMatchObject({ status: "PENDING", isOwn: true, orcid: "0000-0002-1825-0097", githubHandle: "octocat", country: "DE", isPublicListingConsented: false, conflictsOfInterest: null });
    const stored = await db.membershipRequest.findFirstOrThrow({ where: { userId: person.id } });
    expect(stored.areas).toEqual(["packaging", "startup-import"]);
  });

  it("refuses a second open request, also when two are sent at once, and keeps one", async () => {
    const { person } = await applicant();
    expect(await refusal(requestMembership({ actor: person.actor, input: form() }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already have an open request") });

    const racer = await createPerson();
    const outcomes = await Promise.allSettled([requestMembership({ actor: racer.actor, input: form() }), requestMembership({ actor: racer.actor, input: form() })]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(isAppError(rejected?.reason) && rejected.reason.code).toBe("CONFLICT");
    expect(await db.membershipRequest.count({ where: { userId: racer.id } })).toBe(1);
  });

  it("has the database hold one open request per person, whatever the code does", async () => {
    const { person } = await applicant();
    await expect(db.membershipRequest.create({ data: { ...form(), orcid: null, conflictsOfInterest: null, userId: person.id } })).rejects.toMatchObject({ code: "P2002" });
    // A decided request does not count: the index covers open ones only.
    await declinedDaysAgo(person.id, 400);
  });

  it("refuses members, chairs and visitors", async () => {
    const [member, chair] = await Promise.all([createPerson({ role: "member" }), createPerson({ role: "chair" })]);
    expect(await refusal(requestMembership({ actor: member.actor, input: form() }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(requestMembership({ actor: chair.actor, input: form() }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(requestMembership({ actor: anonymousActor, input: form() }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.membershipRequest.count()).toBe(0);
  });

  it("refuses a bad ORCID checksum, an impossible GitHub handle, empty required fields and unknown areas at their fields, storing nothing", async () => {
    const person = await createPerson();
    const bad = await refusal(requestMembership({ actor: person.actor, input: form({ orcid: "0000-0002-1825-0098", githubHandle: "bad--handle", affiliation: "", roleAtAffiliation: "  ", statementOfInterest: "", country: "XX" }) }));
    expect(bad.code).toBe("INVALID_INPUT");
    expect(bad.fieldErrors?.orcid?.[0]).toContain("not a valid ORCID iD");
    expect(bad.fieldErrors?.githubHandle?.[0]).toContain("cannot be a GitHub user name");
    expect(bad.fieldErrors?.affiliation?.[0]).toContain("affiliation");
    expect(bad.fieldErrors?.roleAtAffiliation?.[0]).toContain("role");
    expect(bad.fieldErrors?.statementOfInterest?.[0]).toContain("why you want to join");
    expect(bad.fieldErrors?.country?.[0]).toContain("country");
    expect(await refusal(requestMembership({ actor: person.actor, input: form({ areas: ["no-such-area"] }) }))).toMatchObject({ fieldErrors: { areas: ["Unknown area: no-such-area."] } });
    expect(await refusal(requestMembership({ actor: person.actor, input: form({ statementOfInterest: "x".repeat(2_001) }) }))).toMatchObject({ fieldErrors: { statementOfInterest: [expect.stringContaining("under 2,000")] } });
    expect(await db.membershipRequest.count()).toBe(0);
  });
});

describe("the cool-down after a decline", () => {
  it("refuses a new request inside the charter's cool-down, saying from which day, and allows one after it", async () => {
    const person = await createPerson();
    const declined = await declinedDaysAgo(person.id, 10);
    const inside = await refusal(requestMembership({ actor: person.actor, input: form() }));
    const from = new Date(declined.decidedAt!.getTime() + 30 * day);
    expect(inside).toMatchObject({ code: "CONFLICT", current: { mayRequestAgainFrom: from } });
    expect(inside.message).toContain(from.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
    expect((await getOwnMembership({ actor: person.actor })).mayRequestAgainFrom).toEqual(from);

    // The same person 21 days later is past it.
    const later = new Date(Date.now() + 21 * day);
    expect(await requestMembership({ actor: person.actor, input: form(), now: later })).toMatchObject({ status: "PENDING" });
  });

  it("follows the charter's setting", async () => {
    const person = await createPerson();
    await declinedDaysAgo(person.id, 10);
    await db.charterVersion.updateMany({ data: { declineCooldownDays: 7 } });
    expect(await requestMembership({ actor: person.actor, input: form() })).toMatchObject({ status: "PENDING" });
  });
});

describe("chairs deciding", () => {
  it("approval makes the person a member, audited with before and after, and notifies them", async () => {
    const { person, request } = await applicant();
    const chair = await createPerson({ role: "chair" });
    const decided = await approveMembershipRequest({ actor: chair.actor, requestId: request.id });
    expect(decided).toMatchObject({ status: "APPROVED", deciderName: chair.name });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("MEMBER");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "membership.approve" } });
    expect(audit).toMatchObject({ actorId: chair.id, subjectType: "membershipRequest", subjectId: String(request.id), before: { status: "PENDING", role: "user" }, after: { status: "APPROVED", role: "member" } });
    expect(await db.notification.findMany({ where: { userId: person.id }, select: { kind: true, link: true } })).toEqual([{ kind: "membership.approved", link: "/members/join" }]);
    expect(emailed).toEqual([[expect.objectContaining({ userId: person.id, kind: "membership.approved" })]]);
  });

  it("a decline's reason is shown to the person, with when they may ask again; the decision is audited and notified", async () => {
    const { person, request } = await applicant();
    const chair = await createPerson({ role: "chair" });
    await declineMembershipRequest({ actor: chair.actor, requestId: request.id, reason: "Please tell us more about your HPC work first." });
    const seen = await getMembershipRequest({ actor: person.actor, requestId: request.id });
    expect(seen).toMatchObject({ status: "DECLINED", declineReason: "Please tell us more about your HPC work first.", deciderName: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("USER");
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "membership.decline" } })).toMatchObject({ actorId: chair.id, reason: "Please tell us more about your HPC work first.", after: { status: "DECLINED" } });
    const [notification] = await db.notification.findMany({ where: { userId: person.id } });
    expect(notification).toMatchObject({ kind: "membership.declined", body: expect.stringContaining("You may ask again from") });
    expect(emailed).toEqual([[expect.objectContaining({ userId: person.id, kind: "membership.declined", body: expect.stringContaining("Please tell us more") })]]);
    expect((await getOwnMembership({ actor: person.actor })).mayRequestAgainFrom).not.toBeNull();
  });

  it("a decline needs a reason", async () => {
    const { request } = await applicant();
    const chair = await createPerson({ role: "chair" });
    expect(await refusal(declineMembershipRequest({ actor: chair.actor, requestId: request.id, reason: "  " }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: [expect.stringContaining("the person sees it")] } });
    expect((await db.membershipRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
  });

  it("a chair cannot decide their own request", async () => {
    const { person, request } = await applicant();
    // Made a chair while the request waited.
    await db.user.update({ where: { id: person.id }, data: { role: "CHAIR" } });
    const asChair = { ...person.actor, role: "chair" as const };
    expect(await refusal(approveMembershipRequest({ actor: asChair, requestId: request.id }))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("own request") });
    expect(await refusal(declineMembershipRequest({ actor: asChair, requestId: request.id, reason: "Conflict of interest" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(askAboutMembershipRequest({ actor: asChair, requestId: request.id, body: "Me?" }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.membershipRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect(await db.auditLog.count({ where: { subjectType: "membershipRequest" } })).toBe(0);
  });

  it("members and users cannot decide, and those who may not read a request are told it does not exist", async () => {
    const { request } = await applicant();
    const [member, stranger] = await Promise.all([createPerson({ role: "member" }), createPerson()]);
    expect(await refusal(approveMembershipRequest({ actor: member.actor, requestId: request.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(approveMembershipRequest({ actor: anonymousActor, requestId: request.id }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await refusal(getMembershipRequest({ actor: stranger.actor, requestId: request.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getMembershipRequest({ actor: member.actor, requestId: request.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getMembershipRequest({ actor: anonymousActor, requestId: request.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(listMembershipRequests({ actor: member.actor }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("of two chairs deciding at once, one wins and the other gets CONFLICT carrying the first decision", async () => {
    for (const second of ["approve", "decline"] as const) {
      const { person, request } = await applicant();
      const [first, other] = await Promise.all([createPerson({ role: "chair" }), createPerson({ role: "chair" })]);
      const outcomes = await Promise.allSettled([
        approveMembershipRequest({ actor: first.actor, requestId: request.id }),
        second === "approve" ? approveMembershipRequest({ actor: other.actor, requestId: request.id }) : declineMembershipRequest({ actor: other.actor, requestId: request.id, reason: "Not a fit yet" }),
      ]);
      const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const lost = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error = lost[0]!.reason;
      expect(isAppError(error) && error.code).toBe("CONFLICT");
      const stored = await db.membershipRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(error.current).toMatchObject({ id: request.id, status: stored.status, decidedAt: stored.decidedAt });
      expect(error.current.status).not.toBe("PENDING");
      expect(await db.auditLog.count({ where: { subjectType: "membershipRequest", subjectId: String(request.id) } })).toBe(1);
      expect(await db.notification.count({ where: { userId: person.id } })).toBe(1);
      expect(emailed.filter((batch) => batch.some((notification) => notification.userId === person.id))).toHaveLength(1);
      expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe(stored.status === "APPROVED" ? "MEMBER" : "USER");
    }
  });

  it("the queue puts open requests first, oldest first, with their thread counts", async () => {
    const { request: older } = await applicant();
    const { request: decided } = await applicant();
    const { request: newer } = await applicant();
    const chair = await createPerson({ role: "chair" });
    await approveMembershipRequest({ actor: chair.actor, requestId: decided.id });
    await askAboutMembershipRequest({ actor: chair.actor, requestId: newer.id, body: "Which centre do you run?" });
    const queue = await listMembershipRequests({ actor: chair.actor });
    expect(queue.map((entry) => [entry.id, entry.status, entry.messageCount])).toEqual([
      [older.id, "PENDING", 0],
      [newer.id, "PENDING", 1],
      [decided.id, "APPROVED", 0],
    ]);
  });
});

describe("the question thread", () => {
  it("a chair asks, the person answers on the same request; each is notified; a third person sees nothing and may not answer", async () => {
    const { person, request } = await applicant();
    const [chair, stranger] = await Promise.all([createPerson({ role: "chair" }), createPerson()]);
    await askAboutMembershipRequest({ actor: chair.actor, requestId: request.id, body: "Which cluster do you look after?" });
    const answered = await answerMembershipQuestion({ actor: person.actor, requestId: request.id, body: "The one at our university's HPC centre." });
    expect(answered.messages.map((message) => [message.isFromRequester, message.body])).toEqual([
      [false, "Which cluster do you look after?"],
      [true, "The one at our university's HPC centre."],
    ]);
    expect(await db.notification.findFirstOrThrow({ where: { userId: person.id } })).toMatchObject({ kind: "membership.question" });
    expect(await db.notification.findFirstOrThrow({ where: { userId: chair.id } })).toMatchObject({ kind: "membership.answer" });
    expect(emailed.map((batch) => batch.map((notification) => [notification.userId, notification.kind]))).toEqual([[[person.id, "membership.question"]], [[chair.id, "membership.answer"]]]);
    expect((await listMembershipRequests({ actor: chair.actor }))[0]).toMatchObject({ messageCount: 2, isAwaitingChairs: true });

    expect(await refusal(answerMembershipQuestion({ actor: stranger.actor, requestId: request.id, body: "Me too" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(askAboutMembershipRequest({ actor: stranger.actor, requestId: request.id, body: "Hi?" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(getMembershipRequest({ actor: stranger.actor, requestId: request.id }))).toMatchObject({ code: "NOT_FOUND" });
    // A chair answers as a chair (asks), not in the person's name.
    expect(await refusal(answerMembershipQuestion({ actor: chair.actor, requestId: request.id, body: "Answering for them" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.membershipRequestMessage.count()).toBe(2);
  });

  it("closes with the decision, and refuses empty messages", async () => {
    const { person, request } = await applicant();
    const chair = await createPerson({ role: "chair" });
    expect(await refusal(askAboutMembershipRequest({ actor: chair.actor, requestId: request.id, body: " " }))).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { body: ["Write the message."] } });
    await approveMembershipRequest({ actor: chair.actor, requestId: request.id });
    expect(await refusal(answerMembershipQuestion({ actor: { ...person.actor, role: "member" }, requestId: request.id, body: "Thanks" }))).toMatchObject({ code: "CONFLICT" });
    expect(await db.membershipRequestMessage.count()).toBe(0);
  });
});

describe("withdrawing", () => {
  it("the person withdraws their open request, audited, and may ask again at once; nobody else can withdraw it", async () => {
    const { person, request } = await applicant();
    const [stranger, chair] = await Promise.all([createPerson(), createPerson({ role: "chair" })]);
    expect(await refusal(withdrawMembershipRequest({ actor: stranger.actor, requestId: request.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(withdrawMembershipRequest({ actor: chair.actor, requestId: request.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await withdrawMembershipRequest({ actor: person.actor, requestId: request.id })).toMatchObject({ status: "WITHDRAWN" });
    expect(await db.auditLog.count({ where: { action: "membership.withdraw", actorId: person.id } })).toBe(1);
    expect(await refusal(approveMembershipRequest({ actor: chair.actor, requestId: request.id }))).toMatchObject({ code: "CONFLICT", current: { status: "WITHDRAWN" } });
    expect(await requestMembership({ actor: person.actor, input: form() })).toMatchObject({ status: "PENDING" });
  });
});
