import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/membership/accept-invitation";
import { getInvitationByToken } from "@/lib/membership/get-invitation";
import { hashInvitationToken } from "@/lib/membership/invitations";
import { inviteMember } from "@/lib/membership/invite-member";
import { listInvitations } from "@/lib/membership/list-invitations";
import { requestMembership } from "@/lib/membership/request-membership";
import { resendInvitation } from "@/lib/membership/resend-invitation";
import { revokeInvitation } from "@/lib/membership/revoke-invitation";
import { signInWithInvitation } from "@/lib/membership/sign-in-with-invitation";
import type { NewNotification } from "@/lib/notifications/create-notifications";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson } from "../support/factories";
import { membershipRequestForm } from "../support/membership";
import { refusal } from "../support/refusal";

const emailed = vi.hoisted(() => [] as NewNotification[][]);
vi.mock("@/lib/notifications/email-notifications", () => ({ emailNotificationsInBackground: (notifications: NewNotification[]) => emailed.push(notifications) }));

beforeEach(async () => {
  emailed.length = 0;
  await seedDatabase({ withDemoData: false });
});

const day = 86_400_000;

const form = (token: string, overrides: Record<string, unknown> = {}) => membershipRequestForm({ token, ...overrides });

const tokenOf = (link: string) => new URL(link).pathname.split("/").pop()!;

/** A chair's invitation to a fresh address, and the token its link carries. */
async function invited({ now = new Date(), affiliation = "Example Supercomputing Centre" }: { now?: Date; affiliation?: string } = {}) {
  const chair = await createPerson({ role: "chair" });
  const email = `invitee-${Math.random().toString(36).slice(2, 10)}@test.invalid`;
  const result = await inviteMember({ actor: chair.actor, input: { email: email.toUpperCase(), affiliation, message: "We would value your view on packaging." }, now });
  return { chair, email, token: tokenOf(result.link), ...result };
}

/** The invited person, signed in through the link. */
async function signedInInvitee(token: string, now = new Date()) {
  const { userId } = await signInWithInvitation({ token, now });
  return { userId, actor: { userId, role: "user" as const } };
}

const counts = async () => ({
  requests: await db.membershipRequest.count(),
  memberships: await db.membership.count(),
  accepted: await db.membershipInvitation.count({ where: { acceptedAt: { not: null } } }),
  audits: await db.auditLog.count(),
});

describe("inviting", () => {
  it("stores only the token's hash, in lower case, for 14 days, audited as the chair's", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const { chair, email, token, link, invitation, isEmailed } = await invited({ now });
    expect(link).toMatch(/\/members\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(isEmailed).toBe(false);
    const stored = await db.membershipInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.email).toBe(email);
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(14 * day);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "membership.invite", subjectId: String(invitation.id) } });
    expect(audit.actorId).toBe(chair.id);
  });

  it("lets only chairs invite, list, revoke and resend", async () => {
    const { invitation } = await invited();
    for (const role of ["user", "member"] as const) {
      const person = await createPerson({ role });
      expect((await refusal(inviteMember({ actor: person.actor, input: { email: "someone@test.invalid" } }))).code).toBe("FORBIDDEN");
      expect((await refusal(listInvitations({ actor: person.actor }))).code).toBe("FORBIDDEN");
      expect((await refusal(revokeInvitation({ actor: person.actor, invitationId: invitation.id }))).code).toBe("FORBIDDEN");
      expect((await refusal(resendInvitation({ actor: person.actor, invitationId: invitation.id }))).code).toBe("FORBIDDEN");
    }
    expect(await db.membershipInvitation.count()).toBe(1);
  });

  it("refuses a bad address at its field, an address of a member, and one with a live invitation", async () => {
    const chair = await createPerson({ role: "chair" });
    expect((await refusal(inviteMember({ actor: chair.actor, input: { email: "not an address" } }))).fieldErrors?.email).toBeDefined();
    const member = await createPerson({ role: "member" });
    await db.membership.create({ data: { userId: member.id, affiliation: "X Lab", affiliationKind: "national-lab", roleAtAffiliation: "Staff", country: "FR", areas: [] } });
    const ofMember = await refusal(inviteMember({ actor: chair.actor, input: { email: member.email } }));
    expect(ofMember.code).toBe("CONFLICT");
    expect(ofMember.fieldErrors?.email?.[0]).toMatch(/member/);

    const { email, invitation } = await invited();
    const twice = await refusal(inviteMember({ actor: chair.actor, input: { email } }));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toMatch(/new link|revoke/i);
    expect(twice.current).toMatchObject({ id: invitation.id, state: "pending" });
    expect(await db.membershipInvitation.count()).toBe(1);
  });

  it("allows a new invitation once the earlier one expired or was revoked", async () => {
    const now = new Date();
    const { chair, email, invitation } = await invited({ now });
    await expect(inviteMember({ actor: chair.actor, input: { email }, now: new Date(now.getTime() + 15 * day) })).resolves.toMatchObject({ invitation: { email } });
    await revokeInvitation({ actor: chair.actor, invitationId: invitation.id });
    expect((await listInvitations({ actor: chair.actor, now: new Date(now.getTime() + 15 * day) })).map((entry) => entry.state)).toEqual(["pending", "revoked"]);
  });
});

describe("the link", () => {
  it("is only read when opened: nothing changes", async () => {
    const { token, email } = await invited();
    const before = { users: await db.user.count(), sessions: await db.session.count(), ...(await counts()) };
    const view = await getInvitationByToken({ token });
    expect(view).toMatchObject({ email, state: "pending", message: "We would value your view on packaging." });
    expect({ users: await db.user.count(), sessions: await db.session.count(), ...(await counts()) }).toEqual(before);
    expect(await getInvitationByToken({ token: "x".repeat(43) })).toBeNull();
    expect(await getInvitationByToken({ token: "short" })).toBeNull();
  });

  it("signs in the address's owner: a new person with the address verified, or the one who has it", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const { token, email } = await invited({ now });
    const { userId, session } = await signInWithInvitation({ token, now });
    const person = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(person).toMatchObject({ email, emailVerified: now, role: "USER" });
    expect(await db.session.findUnique({ where: { sessionToken: session.sessionToken } })).toMatchObject({ userId });
    expect((await signInWithInvitation({ token, now })).userId).toBe(userId);
  });

  it("refuses to sign in with an unknown, expired or revoked link, saying which", async () => {
    const now = new Date();
    const { chair, token, invitation } = await invited({ now });
    expect(await refusal(signInWithInvitation({ token: "y".repeat(43) }))).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/not known/) });
    expect(await refusal(signInWithInvitation({ token, now: new Date(now.getTime() + 14 * day + 1) }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/expired/) });
    await revokeInvitation({ actor: chair.actor, invitationId: invitation.id, now });
    expect(await refusal(signInWithInvitation({ token, now }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/withdrawn/) });
    expect(await db.session.count()).toBe(0);
  });
});

describe("accepting", () => {
  it("makes and approves the request at once, as the inviting chair's decision", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const { chair, token, invitation } = await invited({ now });
    const invitee = await signedInInvitee(token, now);
    const later = new Date(now.getTime() + day);
    const request = await acceptInvitation({ actor: invitee.actor, input: form(token, { affiliation: "Example Supercomputing Centre, Jülich site" }), now: later });
    expect(request.status).toBe("APPROVED");

    const stored = await db.membershipRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({ decidedById: chair.id, decidedAt: later, affiliation: "Example Supercomputing Centre, Jülich site" });
    expect(await db.user.findUniqueOrThrow({ where: { id: invitee.userId }, select: { role: true } })).toEqual({ role: "MEMBER" });
    expect(await db.membership.findUniqueOrThrow({ where: { userId: invitee.userId } })).toMatchObject({ status: "ACTIVE", requestId: request.id, joinedAt: later });
    expect(await db.membershipInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ acceptedAt: later, acceptedById: invitee.userId, requestId: request.id });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "membership.invitation.accept", subjectId: String(request.id) } });
    expect(audit.actorId).toBe(chair.id);
    expect(audit.before).toMatchObject({ role: "user", status: null });
    expect(audit.after).toMatchObject({ role: "member", status: "APPROVED", invitationId: invitation.id });

    expect(await db.notification.findMany({ where: { userId: invitee.userId }, select: { kind: true } })).toEqual([{ kind: "membership.approved" }]);
    expect(emailed).toEqual([[expect.objectContaining({ userId: invitee.userId, kind: "membership.approved" })]]);
    expect((await listInvitations({ actor: chair.actor, now: later }))[0]).toMatchObject({ state: "accepted", acceptedByName: null });
  });

  it("refuses a reused link, and the second submit of the same link", async () => {
    const { token } = await invited();
    const invitee = await signedInInvitee(token);
    await acceptInvitation({ actor: invitee.actor, input: form(token) });
    const before = await counts();
    expect(await refusal(acceptInvitation({ actor: invitee.actor, input: form(token) }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already been used/) });
    expect(await refusal(signInWithInvitation({ token }))).toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
  });

  it("refuses an expired link by the clock, and a revoked one, storing nothing", async () => {
    const now = new Date();
    const first = await invited({ now });
    const invitee = await signedInInvitee(first.token, now);
    const before = await counts();
    expect(await refusal(acceptInvitation({ actor: invitee.actor, input: form(first.token), now: new Date(now.getTime() + 14 * day) }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/expired/) });
    await revokeInvitation({ actor: first.chair.actor, invitationId: first.invitation.id, now });
    expect(await refusal(acceptInvitation({ actor: invitee.actor, input: form(first.token), now }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/withdrawn/) });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1 });
  });

  it("refuses a person whose address is not the invited one", async () => {
    const { token, email } = await invited();
    const someoneElse = await createPerson({ role: "user" });
    const before = await counts();
    expect(await refusal(acceptInvitation({ actor: someoneElse.actor, input: form(token) }))).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining(email) });
    expect(await counts()).toEqual(before);
  });

  it("refuses bad fields at each field, using nothing up", async () => {
    const { token, invitation } = await invited();
    const invitee = await signedInInvitee(token);
    const refused = await refusal(acceptInvitation({ actor: invitee.actor, input: form(token, { orcid: "0000-0002-1825-0098", githubHandle: "-bad-", affiliation: "" }) }));
    expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["affiliation", "githubHandle", "orcid"]);
    expect(await db.membershipInvitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedAt: true } })).toEqual({ acceptedAt: null });
  });

  it("makes one member of two submits at once", async () => {
    const { token, invitation } = await invited();
    const invitee = await signedInInvitee(token);
    const outcomes = await Promise.allSettled([acceptInvitation({ actor: invitee.actor, input: form(token) }), acceptInvitation({ actor: invitee.actor, input: form(token) })]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.membershipRequest.count({ where: { userId: invitee.userId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "membership.invitation.accept" } })).toBe(1);
    expect(await db.membershipInvitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { acceptedById: true } })).toEqual({ acceptedById: invitee.userId });
  });

  it("overtakes an open request of the invited person", async () => {
    const { token } = await invited();
    const invitee = await signedInInvitee(token);
    const open = await requestMembership({ actor: invitee.actor, input: form(token) });
    const request = await acceptInvitation({ actor: invitee.actor, input: form(token) });
    expect(await db.membershipRequest.findUniqueOrThrow({ where: { id: open.id }, select: { status: true } })).toEqual({ status: "WITHDRAWN" });
    expect(request.status).toBe("APPROVED");
  });
});

describe("resending", () => {
  it("gives a new link that works for 14 more days; the old one stops", async () => {
    const now = new Date();
    const { chair, token, invitation } = await invited({ now });
    const later = new Date(now.getTime() + 20 * day);
    const resent = await resendInvitation({ actor: chair.actor, invitationId: invitation.id, now: later });
    expect(resent.invitation.state).toBe("pending");
    expect(await getInvitationByToken({ token })).toBeNull();
    expect(await getInvitationByToken({ token: tokenOf(resent.link), now: later })).toMatchObject({ id: invitation.id, state: "pending" });
    await revokeInvitation({ actor: chair.actor, invitationId: invitation.id, now: later });
    expect((await refusal(resendInvitation({ actor: chair.actor, invitationId: invitation.id, now: later }))).code).toBe("CONFLICT");
  });
});
