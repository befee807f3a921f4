/**
 * Who may do what. Every permission question in the app — pages, Server
 * Actions, route handlers, the collaboration server — is answered from this
 * table by `can` (./can.ts); nothing else decides.
 *
 * Each action lists every role, and `satisfies` makes the compiler reject a
 * missing action or role. A rule is `true`, `false`, or `"own"`: allowed only
 * on resources the actor owns (the resource's `ownerId`).
 */

export const roles = ["anonymous", "user", "member", "chair", "admin"] as const;
export type Role = (typeof roles)[number];
export type SignedInRole = Exclude<Role, "anonymous">;

export type Rule = boolean | "own";

const allowedFrom = (lowest: Role): Record<Role, Rule> => Object.fromEntries(roles.map((role) => [role, roles.indexOf(role) >= roles.indexOf(lowest)])) as Record<Role, Rule>;

const everyone = allowedFrom("anonymous");
const signedIn = allowedFrom("user");
const members = allowedFrom("member");
const chairs = allowedFrom("chair");
const admins = allowedFrom("admin");
const ownersAmongSignedIn: Record<Role, Rule> = { anonymous: false, user: "own", member: "own", chair: "own", admin: "own" };

export const policy = {
  // PEP impact tracker
  "peps.read": everyone,
  "peps.watch": signedIn,
  "peps.assess": chairs,
  // The working group's charter
  "charter.read": everyone,
  "charter.edit": chairs,
  "peps.markRelevant": chairs,
  "peps.sync": admins,

  // Pain points
  "painPoints.read": everyone,
  "painPoints.report": signedIn,
  /** A person's saved sites ("where you meet it" details they keep to fill reports from) are theirs alone. */
  "painPoints.manageSavedSites": ownersAmongSignedIn,
  "painPoints.edit": { anonymous: false, user: "own", member: "own", chair: true, admin: true },
  "painPoints.markAffected": signedIn,
  "painPoints.comment": signedIn,
  "painPoints.flag": signedIn,
  "painPoints.triage": chairs,
  "painPoints.moderate": chairs,
  "painPoints.readHidden": chairs,
  "painPoints.seeReporter": chairs,
  "painPoints.export": chairs,
  "painPoints.addLink": signedIn,
  "painPoints.removeLink": { anonymous: false, user: "own", member: "own", chair: true, admin: true },
  "comments.edit": ownersAmongSignedIn,
  "comments.delete": ownersAmongSignedIn,

  // Live sessions (who may edit a session's notes also depends on the session's own setting)
  "sessions.read": everyone,
  "sessions.readMembersOnly": members,
  "sessions.manage": chairs,
  "notes.edit": signedIn,
  "notes.editMembersOnlyNotes": members,
  "notes.editChairsOnlyNotes": chairs,
  "notes.manageRevisions": chairs,
  "questions.ask": signedIn,
  "questions.vote": signedIn,
  "questions.moderate": chairs,
  /** Who asked an anonymous question: chairs, to handle abuse. */
  "questions.seeAskers": chairs,
  /** Turn an audience question, or a passage of a session's notes, into a pain-point report filed from that session. */
  "painPoints.draftFromSession": chairs,
  "polls.vote": signedIn,
  "polls.manage": chairs,
  /**
   * Any session's action items: chairs. Within one session, whoever may edit its notes
   * manages its action items too — decided with the session's own rules in
   * ./sessions.ts (liveAbilitiesFor), which the matrix test covers.
   */
  "actionItems.manageAnySession": chairs,

  // Membership and statements
  "membership.request": { anonymous: false, user: true, member: false, chair: false, admin: false },
  /** The chairs' queue, and any request in it. */
  "membership.readRequests": chairs,
  /** A person's own requests, whatever their role is now (an approved member still sees what they sent). */
  "membership.readOwnRequest": ownersAmongSignedIn,
  /** Approve, decline with a reason, or ask a question on a request (never one's own: lib/membership checks). */
  "membership.decide": chairs,
  "membership.answer": ownersAmongSignedIn,
  "membership.withdraw": ownersAmongSignedIn,
  /** Invite a person by email; the invitation is the decision (audited as the inviting chair's). */
  "membership.invite": chairs,
  /** Submit the pre-filled request of an invitation sent to one's own address (lib/membership checks the address): whatever one's role, since the invitation was the decision. */
  "membership.acceptInvitation": signedIn,
  /** Leave the group, or reaffirm to stay active: one's own membership, which lib/membership checks exists (a suspended member acts as a user and may still leave). */
  "membership.leave": signedIn,
  "membership.reaffirm": signedIn,
  /** Suspend a member with a reason, or lift it. Chairs and admins are not suspended (an admin removes a chair first). */
  "membership.suspend": chairs,
  /** Admins appoint and remove chairs (a chair must be an active member). */
  "membership.appointChairs": admins,
  /** The public directory: consenting members only. */
  "directory.read": everyone,
  /** Everyone in the directory with their status (active, inactive, suspended), consenting or not. */
  "directory.readAll": members,
  "statements.read": everyone,
  "statements.readDrafts": members,
  "statements.propose": members,
  "statements.edit": members,
  "statements.comment": members,
  "statements.vote": members,
  "statements.endorse": signedIn,
  "statements.manageVote": chairs,
  "statements.publish": chairs,

  // The HPC ↔ Python glossary
  "glossary.read": everyone,
  /** Propose a term or a sense, or suggest an edit: the chairs decide. */
  "glossary.propose": signedIn,
  /** A person's own proposals (to follow them, and withdraw one still open). */
  "glossary.readOwnProposal": ownersAmongSignedIn,
  "glossary.withdrawProposal": ownersAmongSignedIn,
  /** The queue of every proposal; approve (as sent or edited), decline with a reason, or edit a term directly. */
  "glossary.curate": chairs,

  // Administration
  "admin.access": admins,
  "users.list": admins,
  "users.changeRole": admins,
  "audit.read": admins,
  "settings.manage": admins,
  "demoData.remove": admins,
} satisfies Record<string, Record<Role, Rule>>;

export type Action = keyof typeof policy;
export const actions = Object.keys(policy) as Action[];

/** Stored roles (the database's enum) to policy roles and back. */
export const roleFromStored = { USER: "user", MEMBER: "member", CHAIR: "chair", ADMIN: "admin" } as const satisfies Record<string, SignedInRole>;
export type StoredRole = keyof typeof roleFromStored;
export const storedFromRole = { user: "USER", member: "MEMBER", chair: "CHAIR", admin: "ADMIN" } as const satisfies Record<SignedInRole, StoredRole>;

/**
 * The role the policy sees for a stored role and membership state. A
 * suspended member keeps their stored role (lifting the suspension restores
 * it) but acts as a signed-in user: no member-only notes, drafts or votes.
 * Chairs and admins are never suspended (lib/membership/suspend-member.ts).
 */
export function policyRoleOf(stored: StoredRole, membershipStatus: "ACTIVE" | "SUSPENDED" | "LEFT" | null | undefined): SignedInRole {
  if (stored === "MEMBER" && membershipStatus === "SUSPENDED") return "user";
  return roleFromStored[stored];
}

export const roleLabels: Record<Role, string> = {
  anonymous: "Visitor",
  user: "User",
  member: "Member",
  chair: "Chair",
  admin: "Admin",
};
