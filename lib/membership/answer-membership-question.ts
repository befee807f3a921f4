import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, type Actor } from "@/lib/permissions";
import { lockMembershipRequest, membershipRequestViewFor, parseOrRefuse } from "@/lib/membership/records";
import { membershipMessageInputSchema } from "@/lib/membership/schemas";

/**
 * The person who sent a request answers the chairs on it (while it is open).
 * The chairs who asked in its thread are notified.
 */
export async function answerMembershipQuestion({ actor, requestId, body }: { actor: Actor; requestId: number; body: string }) {
  const input = parseOrRefuse(membershipMessageInputSchema, { requestId, body });
  const { view, notifications } = await db.$transaction(async (tx) => {
    const request = await lockMembershipRequest(tx, actor, input.requestId);
    assertCan(actor, "membership.answer", { ownerId: request.userId });
    if (request.status !== "PENDING") throw new AppError("CONFLICT", "This request has been decided or withdrawn; the thread is closed.", { current: await membershipRequestViewFor(tx, input.requestId, actor) });
    await tx.membershipRequestMessage.create({ data: { requestId: input.requestId, authorId: actor.userId, body: input.body } });
    await tx.membershipRequest.update({ where: { id: input.requestId }, data: { version: { increment: 1 } } });
    const askers = await tx.membershipRequestMessage.findMany({ where: { requestId: input.requestId, authorId: { not: request.userId } }, distinct: ["authorId"], select: { authorId: true } });
    const notifications = askers
      .flatMap((message) => (message.authorId ? [message.authorId] : []))
      .map((userId) => ({ userId, kind: "membership.answer", title: "An answer on a membership request", body: input.body, link: `/members/requests#request-${input.requestId}` }));
    await createNotifications(tx, notifications);
    return { view: await membershipRequestViewFor(tx, input.requestId, actor), notifications };
  });
  emailNotificationsInBackground(notifications);
  return view;
}
