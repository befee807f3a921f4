export { can, assertCan, anonymousActor, type Actor, type Resource } from "@/lib/permissions/can";
export { policy, roles, actions, roleLabels, roleFromStored, storedFromRole, type Action, type Role, type SignedInRole, type StoredRole } from "@/lib/permissions/policy";
