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

/** Throws UNAUTHENTICATED for visitors (signing in may help), FORBIDDEN for signed-in people. */
export function assertCan(actor: Actor, action: Action, resource?: Resource): void {
  if (can(actor, action, resource)) return;
  if (actor.role === "anonymous") throw new AppError("UNAUTHENTICATED", "Please sign in to do that.");
  throw new AppError("FORBIDDEN", "You do not have permission to do that.");
}
