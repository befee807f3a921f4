import { AppError } from "@/lib/errors";
import type { LiveAbilities } from "@/lib/live/live-types";
import { policy, type Action, type Role } from "@/lib/permissions/policy";

/** Whoever is asking: a signed-in person or an anonymous visitor. */
export interface Actor {
  userId: string | null;
  role: Role;
}

export const anonymousActor: Actor = { userId: null, role: "anonymous" };

/** What a rule may need to know about the thing acted on. */
export interface Resource {
  ownerId?: string | null;
}

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  const rule = policy[action][actor.role];
  if (rule === "own") {
    return actor.userId !== null && resource?.ownerId != null && resource.ownerId === actor.userId;
  }
  return rule;
}

/**
 * Whether the actor's role may attempt the action at all: allowed, or allowed
 * on what they own (which the use case checks once it has the resource).
 * Server Actions ask this before reading what was sent (lib/define-action.ts).
 */
export function mayAttempt(actor: Actor, action: Action): boolean {
  return policy[action][actor.role] !== false;
}

/** Throws UNAUTHENTICATED for visitors (signing in may help), FORBIDDEN for signed-in people. */
export function assertCan(actor: Actor, action: Action, resource?: Resource): void {
  refuseUnless(actor, can(actor, action, resource));
}

/**
 * The same refusal for a decision made by a rule of this module that is not a
 * single action (a session's live abilities, say): visitors are asked to sign
 * in, signed-in people are told why not.
 */
export function refuseUnless(actor: Actor, isAllowed: boolean, forbiddenMessage = "You do not have permission to do that."): void {
  if (isAllowed) return;
  if (actor.role === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to do that.");
  throw new AppError("FORBIDDEN", forbiddenMessage);
}

/** A session's own settings, which decide who reads it and who types into its notes. */
export interface SessionRules {
  visibility: "PUBLIC" | "MEMBERS";
  notesEditors: "SIGNED_IN" | "MEMBERS" | "CHAIRS";
}

const notesEditAction = { SIGNED_IN: "notes.edit", MEMBERS: "notes.editMembersOnlyNotes", CHAIRS: "notes.editChairsOnlyNotes" } as const satisfies Record<SessionRules["notesEditors"], Action>;

export function canReadSession(actor: Actor, session: Pick<SessionRules, "visibility">): boolean {
  return can(actor, session.visibility === "MEMBERS" ? "sessions.readMembersOnly" : "sessions.read");
}

/** Reading the notes goes with reading the session; editing needs the role the session asks for. */
export function canEditSessionNotes(actor: Actor, session: SessionRules): boolean {
  return canReadSession(actor, session) && can(actor, notesEditAction[session.notesEditors]);
}

/**
 * What a person may do in a session's live tools. Asking and voting close when
 * the session ends (its questions and polls become its record), and so does
 * the agenda's clock; chairs keep moderating, and whoever may edit the notes
 * keeps the action items.
 */
export function liveAbilitiesFor(actor: Actor, session: SessionRules & { hasEnded: boolean }): LiveAbilities {
  const open = canReadSession(actor, session) && !session.hasEnded;
  return {
    canAsk: open && can(actor, "questions.ask"),
    canVote: open && can(actor, "questions.vote"),
    canModerateQuestions: can(actor, "questions.moderate"),
    canSeeAskers: can(actor, "questions.seeAskers"),
    canVoteInPolls: open && can(actor, "polls.vote"),
    canManagePolls: can(actor, "polls.manage"),
    canManageActionItems: can(actor, "actionItems.manage") || canEditSessionNotes(actor, session),
    canRunAgenda: !session.hasEnded && can(actor, "sessions.manage"),
  };
}
