import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import { canReadMembershipRequest } from "@/lib/permissions";
import { membershipRequestNotFound, readMembershipRequest, viewMembershipRequest } from "@/lib/membership/records";

/** One request with its thread: for the person who sent it and for the chairs; anyone else is told it does not exist. */
export async function getMembershipRequest({ actor, requestId }: { actor: Actor; requestId: number }) {
  const record = await readMembershipRequest(db, requestId);
  if (!record || !canReadMembershipRequest(actor, record)) throw membershipRequestNotFound();
  return viewMembershipRequest(record, actor);
}
