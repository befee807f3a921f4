import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailNotificationsInBackground } from "@/lib/notifications/email-notifications";
import { assertCan, canDecideMembershipRequest, refuseUnless, type Actor } from "@/lib/permissions";
import { lockMembershipRequest, membershipRequestViewFor, notifyRequester, parseOrRefuse } from "@/lib/membership/records";
import { membershipMessageInputSchema } from "@/lib/membership/schemas";

/** A chair asks the person a question on their open request; the person is notified and answers on the same request. */
export async function askAboutMembershipRequest({ actor, requestId, body }: { actor: Actor; requestId: number; body: string }) {
  assertCan(actor, "membership.decide");
  const input = parseOrRefuse(membershipMessageInputSchema, { requestId, body });
  const { view, notifications } = await db.$transaction(async (tx) => {
    const request = await lockMembershipRequest(tx, actor, input.requestId);
    refuseUnless(actor, canDecideMembershipRequest(actor, request), "A chair cannot question their own request; another chair will.");
    if (request.status !== "PENDING") throw new AppError("CONFLICT", "This request has been decided or withdrawn; questions are for open requests.", { current: await membershipRequestViewFor(tx, input.requestId, actor) });
    await tx.membershipRequestMessage.create({ data: { requestId: input.requestId, authorId: actor.userId, body: input.body } });
    await tx.membershipRequest.update({ where: { id: input.requestId }, data: { version: { increment: 1 } } });
    const notifications = await notifyRequester(tx, request.userId, { kind: "membership.question", title: "The chairs have a question about your request to join", body: input.body });
    return { view: await membershipRequestViewFor(tx, input.requestId, actor), notifications };
  });
  emailNotificationsInBackground(notifications);
  return view;
}
