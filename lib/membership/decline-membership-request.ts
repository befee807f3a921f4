import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, canDecideMembershipRequest, refuseUnless, type Actor } from "@/lib/permissions";
import { ownRequestRefusal } from "@/lib/membership/approve-membership-request";
import { formatDay, lockMembershipRequest, mayRequestAgainFrom, membershipRequestViewFor, notifyRequester, parseOrRefuse, requestNoLongerOpen } from "@/lib/membership/records";
import { declineMembershipRequestSchema } from "@/lib/membership/schemas";

/**
 * A chair declines an open request with a reason the person sees, audited
 * and notified in one transaction; the person may ask again after the
 * charter's cool-down, and the notification says from when. Locked as
 * approving is, so a concurrent decision is refused with the first one.
 */
export async function declineMembershipRequest({ actor, requestId, reason, now = new Date() }: { actor: Actor; requestId: number; reason: string; now?: Date }) {
  assertCan(actor, "membership.decide");
  const input = parseOrRefuse(declineMembershipRequestSchema, { requestId, reason });
  const { declineCooldownDays } = await getCharterSettings();
  const { view, notifications } = await db.$transaction(async (tx) => {
    const request = await lockMembershipRequest(tx, actor, input.requestId);
    refuseUnless(actor, canDecideMembershipRequest(actor, request), ownRequestRefusal);
    if (request.status !== "PENDING") throw requestNoLongerOpen(await membershipRequestViewFor(tx, input.requestId, actor));

    await tx.membershipRequest.update({ where: { id: input.requestId }, data: { status: "DECLINED", decidedById: actor.userId, decidedAt: now, declineReason: input.reason, version: { increment: 1 } } });
    const person = await tx.user.findUniqueOrThrow({ where: { id: request.userId }, select: { name: true } });
    await recordAuditEvent(tx, {
      actorId: actor.userId,
      action: "membership.decline",
      subjectType: "membershipRequest",
      subjectId: String(input.requestId),
      subjectLabel: `membership request of ${person.name ?? "a person"}`,
      before: { status: "PENDING" },
      after: { status: "DECLINED" },
      reason: input.reason,
    });
    const again = formatDay(mayRequestAgainFrom(now, declineCooldownDays));
    const notifications = await notifyRequester(tx, request.userId, { kind: "membership.declined", title: "Your request to join was declined", body: `${input.reason}\n\nYou may ask again from ${again}.` });
    return { view: await membershipRequestViewFor(tx, input.requestId, actor), notifications };
  });
  emailNotificationsInBackground(notifications);
  return view;
}
