import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockMembershipRequest, membershipRequestViewFor, requestNoLongerOpen } from "@/lib/membership/records";

/** The person withdraws their open request (audited); they may send a new one at once, as no decline was made. */
export async function withdrawMembershipRequest({ actor, requestId }: { actor: Actor; requestId: number }) {
  return db.$transaction(async (tx) => {
    const request = await lockMembershipRequest(tx, actor, requestId);
    assertCan(actor, "membership.withdraw", { ownerId: request.userId });
    if (request.status !== "PENDING") throw requestNoLongerOpen(await membershipRequestViewFor(tx, requestId, actor));
    await tx.membershipRequest.update({ where: { id: requestId }, data: { status: "WITHDRAWN", version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.withdraw",
      subjectType: "membershipRequest",
      subjectId: String(requestId),
      subjectLabel: "membership request",
      before: { status: "PENDING" },
      after: { status: "WITHDRAWN" },
    });
    return membershipRequestViewFor(tx, requestId, actor);
  });
}
