import { AppError } from "@/lib/errors";
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
