export { can, mayAttempt, assertCan, refuseUnless, anonymousActor, canReadSession, canEditSessionNotes, liveAbilitiesFor, type Actor, type Resource, type SessionRules } from "@/lib/permissions/can";
export { policy, roles, actions, roleLabels, roleFromStored, storedFromRole, type Action, type Role, type SignedInRole, type StoredRole } from "@/lib/permissions/policy";
