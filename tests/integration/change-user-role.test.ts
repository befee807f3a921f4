import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { listPeople } from "@/lib/users/list-people";
import { setRoleByOperator } from "@/lib/users/set-role-by-operator";
import { createMember, createPerson } from "../support/factories";

describe("changing a person's role", () => {
  it("lets an admin promote someone and records who, whom, from, to and when", async () => {
    const admin = await createPerson({ role: "admin" });
    const person = await createMember({ role: "member" });
    const before = new Date();
    await changeUserRole({ actor: admin.actor, userId: person.id, role: "chair", reason: "Elected at SC26" });

    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("CHAIR");
    const { events } = await listAuditEvents({ actor: admin.actor, query: { subjectId: person.id, limit: 10 } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.role.change",
      subjectType: "user",
      subjectId: person.id,
      subjectLabel: person.name,
      before: { role: "member" },
      after: { role: "chair" },
      reason: "Elected at SC26",
      actor: { id: admin.id },
    });
    expect(events[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it.each(["user", "member", "chair"] as const)("refuses a %s, and changes nothing", async (role) => {
    const caller = await createPerson({ role });
    const person = await createPerson({ role: "user" });
    await expect(changeUserRole({ actor: caller.actor, userId: person.id, role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("USER");
    expect(await db.auditLog.count({ where: { subjectId: person.id } })).toBe(0);
  });

  it("refuses visitors", async () => {
    const person = await createPerson();
    await expect(changeUserRole({ actor: { userId: null, role: "anonymous" }, userId: person.id, role: "admin" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("does not let admins change their own role", async () => {
    const admin = await createPerson({ role: "admin" });
    await expect(changeUserRole({ actor: admin.actor, userId: admin.id, role: "user" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("says so when the role is already the one asked for, or the person is unknown", async () => {
    const admin = await createPerson({ role: "admin" });
    const member = await createPerson({ role: "member" });
    await expect(changeUserRole({ actor: admin.actor, userId: member.id, role: "member" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(changeUserRole({ actor: admin.actor, userId: "no-such-person", role: "member" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the log consistent when several admins change the same role at once", async () => {
    const admins = await Promise.all([1, 2, 3].map(() => createPerson({ role: "admin" })));
    const person = await createMember({ role: "member" });
    const targets = ["user", "chair", "admin"] as const;
    const results = await Promise.allSettled(admins.map((admin, index) => changeUserRole({ actor: admin.actor, userId: person.id, role: targets[index]! })));

    // Each change either applied on top of the one before it or was refused; none was lost.
    const succeeded = results.filter((result) => result.status === "fulfilled").length;
    const log = await db.auditLog.findMany({ where: { subjectId: person.id }, orderBy: { createdAt: "asc" } });
    expect(log).toHaveLength(succeeded);
    let role = "member";
    for (const entry of log) {
      expect(entry.before).toEqual({ role });
      role = (entry.after as { role: string }).role;
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe(role.toUpperCase());
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: expect.stringMatching(/CONFLICT|INVALID_INPUT/) });
    }
  });
});

describe("listing people and the audit log", () => {
  it("is for admins only", async () => {
    const chair = await createPerson({ role: "chair" });
    await expect(listPeople({ actor: chair.actor, query: { page: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAuditEvents({ actor: chair.actor, query: { limit: 10 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("filters people by name and role", async () => {
    const admin = await createPerson({ role: "admin" });
    const person = await createPerson({ role: "member", name: "Zebediah Filtertest" });
    const result = await listPeople({ actor: admin.actor, query: { q: "zebediah", role: "member", page: 1 } });
    expect(result.people.map((p) => p.id)).toEqual([person.id]);
    expect(result.total).toBe(1);
  });
});

describe("setting a role from the command line", () => {
  it("appoints the first admin and audits it without an actor", async () => {
    const person = await createPerson({ role: "user" });
    expect(await setRoleByOperator({ email: person.email!.toUpperCase(), role: "admin" })).toEqual({ changed: true, from: "user", to: "admin" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("ADMIN");
    const entry = await db.auditLog.findFirstOrThrow({ where: { subjectId: person.id } });
    expect(entry).toMatchObject({ actorId: null, before: { role: "user" }, after: { role: "admin" }, reason: "Set from the server's command line" });
    expect(await setRoleByOperator({ email: person.email!, role: "admin" })).toMatchObject({ changed: false });
  });

  it("makes the first chair a member too, so that the group has someone to decide requests", async () => {
    const person = await createPerson({ role: "user" });
    await setRoleByOperator({ email: person.email!, role: "chair" });
    expect(await db.membership.findUnique({ where: { userId: person.id } })).toMatchObject({ status: "ACTIVE", isPublicListingConsented: false });
  });

  it("needs the person to have signed in once", async () => {
    await expect(setRoleByOperator({ email: "never-signed-in@test.invalid", role: "admin" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("appoints chairs among active members only, removes them back to member, and never makes or ends a membership by hand", async () => {
    const admin = await createPerson({ role: "admin" });
    const [user, suspended, member] = await Promise.all([createPerson({ role: "user" }), createMember({ status: "SUSPENDED" }), createMember()]);
    await expect(changeUserRole({ actor: admin.actor, userId: user.id, role: "chair" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("Only an active member") });
    await expect(changeUserRole({ actor: admin.actor, userId: user.id, role: "member" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("joining") });
    await expect(changeUserRole({ actor: admin.actor, userId: suspended.id, role: "chair" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("suspended") });
    await expect(changeUserRole({ actor: admin.actor, userId: member.id, role: "user" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("leaves") });
    expect(await db.auditLog.count({ where: { subjectId: { in: [user.id, suspended.id, member.id] } } })).toBe(0);

    await changeUserRole({ actor: admin.actor, userId: member.id, role: "chair" });
    await changeUserRole({ actor: admin.actor, userId: member.id, role: "member" });
    const log = await db.auditLog.findMany({ where: { subjectId: member.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((entry) => [entry.before, entry.after])).toEqual([
      [{ role: "member" }, { role: "chair" }],
      [{ role: "chair" }, { role: "member" }],
    ]);
  });
});
