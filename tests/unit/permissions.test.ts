import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  policyRoleOf,
  actions,
  assertCan,
  can,
  canDecideMembershipRequest,
  canDraftStatement,
  canReadStatement,
  canVoteOnStatement,
  readableStatementsWhere,
  canReadHiddenComments,
  canReadMembershipRequest,
  canReadSession,
  canSeeReporter,
  canReadMemberEntry,
  readableMemberEntriesWhere,
  reportsAttributedToWhere,
  liveAbilitiesFor,
  painPointAccess,
  readablePainPointsSql,
  readablePainPointsWhere,
  readableSessionVisibilities,
  readableSessionsWhere,
  roles,
  type Action,
  type Actor,
  type Role,
} from "@/lib/permissions";

/**
 * The whole policy, written out independently of lib/permissions/policy.ts.
 * Columns: anonymous, user, member, chair, admin.
 * Y = allowed, . = refused, o = only on what the actor owns.
 * Adding an action to the policy without adding it here fails this test.
 */
const expectedMatrix: Record<Action, string> = {
  "peps.read": "YYYYY",
  "peps.watch": ".YYYY",
  "peps.assess": "...YY",
  "charter.read": "YYYYY",
  "charter.edit": "...YY",
  "peps.markRelevant": "...YY",
  "peps.sync": "....Y",
  "painPoints.read": "YYYYY",
  "painPoints.report": ".YYYY",
  "painPoints.manageSavedSites": ".oooo",
  "painPoints.edit": ".ooYY",
  "painPoints.markAffected": ".YYYY",
  "painPoints.comment": ".YYYY",
  "painPoints.flag": ".YYYY",
  "painPoints.triage": "...YY",
  "painPoints.moderate": "...YY",
  "painPoints.readHidden": "...YY",
  "painPoints.seeReporter": "...YY",
  "painPoints.export": "...YY",
  "painPoints.addLink": ".YYYY",
  "painPoints.removeLink": ".ooYY",
  "comments.edit": ".oooo",
  "comments.delete": ".oooo",
  "sessions.read": "YYYYY",
  "sessions.readMembersOnly": "..YYY",
  "sessions.manage": "...YY",
  "notes.edit": ".YYYY",
  "notes.editMembersOnlyNotes": "..YYY",
  "notes.editChairsOnlyNotes": "...YY",
  "notes.manageRevisions": "...YY",
  "questions.ask": ".YYYY",
  "questions.vote": ".YYYY",
  "questions.moderate": "...YY",
  "questions.seeAskers": "...YY",
  "painPoints.draftFromSession": "...YY",
  "polls.vote": ".YYYY",
  "polls.manage": "...YY",
  "actionItems.manageAnySession": "...YY",
  "membership.request": ".Y...",
  "membership.readRequests": "...YY",
  "membership.readOwnRequest": ".oooo",
  "membership.decide": "...YY",
  "membership.answer": ".oooo",
  "membership.withdraw": ".oooo",
  "membership.invite": "...YY",
  "membership.acceptInvitation": ".YYYY",
  "membership.leave": ".YYYY",
  "membership.reaffirm": ".YYYY",
  "membership.suspend": "...YY",
  "membership.appointChairs": "....Y",
  "directory.read": "YYYYY",
  "directory.readAll": "..YYY",
  "glossary.read": "YYYYY",
  "glossary.propose": ".YYYY",
  "glossary.readOwnProposal": ".oooo",
  "glossary.withdrawProposal": ".oooo",
  "glossary.curate": "...YY",
  "statements.read": "YYYYY",
  "statements.readDrafts": "..YYY",
  "statements.propose": "..YYY",
  "statements.edit": "..YYY",
  "statements.comment": "..YYY",
  "statements.vote": "..YYY",
  "statements.endorse": ".YYYY",
  "statements.manageVote": "...YY",
  "statements.publish": "...YY",
  "admin.access": "....Y",
  "users.list": "....Y",
  "users.changeRole": "....Y",
  "audit.read": "....Y",
  "settings.manage": "....Y",
  "demoData.remove": "....Y",
};

const actorFor = (role: Role): Actor => ({ userId: role === "anonymous" ? null : `${role}-id`, role });

describe("permission policy", () => {
  it("lists exactly the actions of the expected matrix", () => {
    expect([...actions].sort()).toEqual(Object.keys(expectedMatrix).sort());
  });

  for (const action of Object.keys(expectedMatrix) as Action[]) {
    it(`${action}: ${expectedMatrix[action]}`, () => {
      roles.forEach((role, column) => {
        const expected = expectedMatrix[action][column];
        const actor = actorFor(role);
        const own = { ownerId: actor.userId };
        const someoneElses = { ownerId: "somebody-else" };
        if (expected === "Y") {
          expect(can(actor, action), `${role} may ${action}`).toBe(true);
          expect(can(actor, action, someoneElses), `${role} may ${action} on others' things`).toBe(true);
        } else if (expected === "o") {
          expect(can(actor, action, own), `${role} may ${action} their own`).toBe(true);
          expect(can(actor, action, someoneElses), `${role} may not ${action} others'`).toBe(false);
          expect(can(actor, action), `${role} may not ${action} without an owner`).toBe(false);
        } else {
          expect(can(actor, action), `${role} may not ${action}`).toBe(false);
          expect(can(actor, action, own), `${role} may not ${action} even their own`).toBe(false);
        }
      });
    });
  }

  it("never lets an anonymous visitor own anything", () => {
    expect(can({ userId: null, role: "anonymous" }, "comments.edit", { ownerId: null })).toBe(false);
  });
});

describe("assertCan", () => {
  it("asks visitors to sign in when signing in would help", () => {
    expect(() => assertCan(actorFor("anonymous"), "painPoints.report")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("forbids signed-in people who lack the role", () => {
    expect(() => assertCan(actorFor("member"), "users.changeRole")).toThrowError(AppError);
    expect(() => assertCan(actorFor("member"), "users.changeRole")).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("forbids visitors what no signed-in user may do either", () => {
    expect(() => assertCan(actorFor("anonymous"), "membership.decide")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(actorFor("anonymous"), "admin.access")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });

  it("passes silently when allowed", () => {
    expect(() => assertCan(actorFor("admin"), "users.changeRole")).not.toThrow();
  });
});

describe("liveAbilitiesFor", () => {
  const running = { visibility: "PUBLIC", notesEditors: "MEMBERS", hasEnded: false } as const;
  const nothing = { canAsk: false, canVote: false, canModerateQuestions: false, canSeeAskers: false, canVoteInPolls: false, canManagePolls: false, canManageActionItems: false, canRunAgenda: false, canFilePainPoints: false };

  it("lets signed-in people ask and vote while the session runs, and only chairs moderate, see askers and run the agenda", () => {
    expect(liveAbilitiesFor(actorFor("anonymous"), running)).toEqual(nothing);
    expect(liveAbilitiesFor(actorFor("user"), running)).toMatchObject({ canAsk: true, canVote: true, canVoteInPolls: true, canModerateQuestions: false, canSeeAskers: false, canManageActionItems: false });
    expect(liveAbilitiesFor(actorFor("chair"), running)).toMatchObject({ canModerateQuestions: true, canSeeAskers: true, canManagePolls: true, canRunAgenda: true, canFilePainPoints: true });
  });

  it("lets whoever may edit the notes keep the action items", () => {
    expect(liveAbilitiesFor(actorFor("member"), running).canManageActionItems).toBe(true);
    expect(liveAbilitiesFor(actorFor("user"), { ...running, notesEditors: "SIGNED_IN" }).canManageActionItems).toBe(true);
  });

  it("closes asking, voting and the agenda when the session ends, but not moderation or action items", () => {
    const ended = liveAbilitiesFor(actorFor("chair"), { ...running, hasEnded: true });
    expect(ended).toMatchObject({ canAsk: false, canVote: false, canVoteInPolls: false, canRunAgenda: false, canModerateQuestions: true, canManageActionItems: true, canFilePainPoints: true });
  });

  it("gives nothing in a members-only session to someone who may not read it", () => {
    expect(liveAbilitiesFor(actorFor("user"), { ...running, visibility: "MEMBERS" })).toMatchObject({ canAsk: false, canVote: false, canVoteInPolls: false });
  });
});

/**
 * Who sees which rows and fields, written out like the matrix above (columns:
 * anonymous, user, member, chair, admin; Y = sees it). Every query takes its
 * `where` from these rules, so this is what every page and list shows.
 */
/** A rule's answer for each role, in the columns of the matrix above. */
const byRole = (decide: (actor: Actor) => boolean) => roles.map((role) => (decide(actorFor(role)) ? "Y" : ".")).join("");

describe("visibility rules", () => {
  const visible = { isHidden: false, status: "NEW", duplicateOfId: null } as const;
  const hidden = { ...visible, isHidden: true } as const;
  const duplicate = { ...visible, status: "DUPLICATE", duplicateOfId: 7 } as const;

  it("hidden pain points: only chairs who ask for them", () => {
    expect(byRole((actor) => Object.keys(readablePainPointsWhere(actor, { includeHidden: true })).length === 0)).toBe("...YY");
    expect(byRole((actor) => Object.keys(readablePainPointsWhere(actor, { includeHidden: false })).length === 0)).toBe(".....");
    expect(byRole((actor) => readablePainPointsSql(actor, { includeHidden: true }) === null)).toBe("...YY");
    expect(byRole((actor) => readablePainPointsSql(actor, { includeHidden: false }) === null)).toBe(".....");
    expect(readablePainPointsSql(actorFor("user"), { includeHidden: true, alias: "x" })?.sql).toBe('NOT x."isHidden"');
  });

  it("opening a report by its number: hidden ones are missing, duplicates send people on, except to chairs", () => {
    expect(byRole((actor) => painPointAccess(actor, visible).kind === "read")).toBe("YYYYY");
    expect(byRole((actor) => painPointAccess(actor, hidden).kind === "read")).toBe("...YY");
    expect(byRole((actor) => painPointAccess(actor, hidden).kind === "missing")).toBe("YYY..");
    expect(byRole((actor) => painPointAccess(actor, duplicate).kind === "original")).toBe("YYY..");
    expect(painPointAccess(actorFor("user"), duplicate)).toEqual({ kind: "original", originalId: 7 });
    expect(byRole((actor) => painPointAccess(actor, null).kind === "missing")).toBe("YYYYY");
  });

  it("the reporter's name: when they chose so, always to chairs, and always to the reporter", () => {
    expect(byRole((actor) => canSeeReporter(actor, { isReporterPublic: true, reporterId: "someone-else" }))).toBe("YYYYY");
    expect(byRole((actor) => canSeeReporter(actor, { isReporterPublic: false, reporterId: "someone-else" }))).toBe("...YY");
    expect(byRole((actor) => canSeeReporter(actor, { isReporterPublic: false, reporterId: "user-id" }))).toBe(".Y.YY");
    // A visitor has no id, so no report is "theirs".
    expect(canSeeReporter(actorFor("anonymous"), { isReporterPublic: false, reporterId: null as unknown as string })).toBe(false);
  });

  it("a session's action items: chairs in any session, and whoever may edit that session's notes", () => {
    const abilities = (notesEditors: "SIGNED_IN" | "MEMBERS" | "CHAIRS", visibility: "PUBLIC" | "MEMBERS" = "PUBLIC") => byRole((actor) => liveAbilitiesFor(actor, { visibility, notesEditors, hasEnded: false }).canManageActionItems);
    expect(abilities("SIGNED_IN")).toBe(".YYYY");
    expect(abilities("MEMBERS")).toBe("..YYY");
    expect(abilities("CHAIRS")).toBe("...YY");
    // Notes open to every signed-in person, but the session is members-only: users cannot read it at all.
    expect(abilities("SIGNED_IN", "MEMBERS")).toBe("..YYY");
  });

  it("hidden comments' text: moderators only", () => {
    expect(byRole(canReadHiddenComments)).toBe("...YY");
  });

  it("members-only sessions: members, chairs and admins; public ones: everyone", () => {
    expect(byRole((actor) => readableSessionVisibilities(actor).includes("PUBLIC"))).toBe("YYYYY");
    expect(byRole((actor) => readableSessionVisibilities(actor).includes("MEMBERS"))).toBe("..YYY");
    for (const role of roles) {
      const actor = actorFor(role);
      // The where-builder and the row check are one rule.
      expect(readableSessionsWhere(actor)).toEqual({ visibility: { in: readableSessionVisibilities(actor) } });
      for (const visibility of ["PUBLIC", "MEMBERS"] as const) expect(canReadSession(actor, { visibility })).toBe(readableSessionVisibilities(actor).includes(visibility));
    }
  });
});

describe("member directory rules", () => {
  it("everyone reads consenting active entries; members, chairs and admins every entry", () => {
    expect(byRole((actor) => canReadMemberEntry(actor, { status: "ACTIVE", isPublicListingConsented: true }))).toBe("YYYYY");
    for (const entry of [
      { status: "ACTIVE", isPublicListingConsented: false },
      { status: "SUSPENDED", isPublicListingConsented: true },
      { status: "LEFT", isPublicListingConsented: true },
    ] as const) {
      expect(byRole((actor) => canReadMemberEntry(actor, entry))).toBe("..YYY");
    }
    expect(byRole((actor) => Object.keys(readableMemberEntriesWhere(actor)).length === 0)).toBe("..YYY");
    expect(readableMemberEntriesWhere(actorFor("user"))).toEqual({ isPublicListingConsented: true, status: "ACTIVE" });
  });

  it("a person's page lists the reports whose reporter the viewer may see, never hidden ones", () => {
    expect(byRole((actor) => !("isReporterPublic" in reportsAttributedToWhere(actor, "someone-else")))).toBe("...YY");
    expect(byRole((actor) => !("isReporterPublic" in reportsAttributedToWhere(actor, "user-id")))).toBe(".Y.YY");
    expect(byRole((actor) => reportsAttributedToWhere(actor, "user-id").isHidden === false)).toBe("YYYYY");
  });
});

describe("membership request rules", () => {
  const request = { userId: "user-id" };

  it("lets the person who sent a request and the chairs read it, and nobody else", () => {
    expect(canReadMembershipRequest(actorFor("user"), request)).toBe(true);
    expect(canReadMembershipRequest({ userId: "user-id", role: "member" }, request)).toBe(true);
    expect(canReadMembershipRequest(actorFor("member"), request)).toBe(false);
    expect(canReadMembershipRequest({ userId: "someone-else", role: "user" }, request)).toBe(false);
    expect(canReadMembershipRequest(actorFor("anonymous"), request)).toBe(false);
    expect(canReadMembershipRequest(actorFor("chair"), request)).toBe(true);
    expect(canReadMembershipRequest(actorFor("admin"), request)).toBe(true);
  });

  it("lets chairs decide others' requests, never their own", () => {
    expect(canDecideMembershipRequest(actorFor("chair"), request)).toBe(true);
    expect(canDecideMembershipRequest(actorFor("chair"), { userId: "chair-id" })).toBe(false);
    expect(canDecideMembershipRequest(actorFor("admin"), { userId: "admin-id" })).toBe(false);
    expect(canDecideMembershipRequest(actorFor("member"), request)).toBe(false);
    expect(canDecideMembershipRequest(actorFor("user"), request)).toBe(false);
  });

  it("treats a suspended member as a signed-in user, and nobody else's role as changed by their membership", () => {
    expect(policyRoleOf("MEMBER", "SUSPENDED")).toBe("user");
    expect(policyRoleOf("MEMBER", "ACTIVE")).toBe("member");
    expect(policyRoleOf("MEMBER", null)).toBe("member");
    expect(policyRoleOf("CHAIR", "SUSPENDED")).toBe("chair");
    expect(policyRoleOf("ADMIN", "SUSPENDED")).toBe("admin");
    expect(policyRoleOf("USER", "LEFT")).toBe("user");
  });
});

describe("statement rules", () => {
  const participating = { status: "ACTIVE" as const, isInactive: false };

  it("shows published statements to everyone and the others to members only, in rows and in the where-builder alike", () => {
    expect(byRole((actor) => canReadStatement(actor, { stage: "PUBLISHED" }))).toBe("YYYYY");
    for (const stage of ["DRAFT", "REVIEW", "VOTE", "WITHDRAWN"] as const) expect(byRole((actor) => canReadStatement(actor, { stage }))).toBe("..YYY");
    expect(byRole((actor) => JSON.stringify(readableStatementsWhere(actor)) === JSON.stringify({ stage: { in: ["DRAFT", "REVIEW", "VOTE", "PUBLISHED", "WITHDRAWN"] } }))).toBe("..YYY");
  });

  it("lets members draft and vote only while their membership is active and not lapsed", () => {
    expect(byRole((actor) => canDraftStatement(actor, participating))).toBe("..YYY");
    expect(byRole((actor) => canVoteOnStatement(actor, participating))).toBe("..YYY");
    for (const membership of [null, { status: "SUSPENDED" as const, isInactive: false }, { status: "LEFT" as const, isInactive: false }, { status: "ACTIVE" as const, isInactive: true }]) {
      expect(byRole((actor) => canDraftStatement(actor, membership))).toBe(".....");
      expect(byRole((actor) => canVoteOnStatement(actor, membership))).toBe(".....");
    }
  });
});
