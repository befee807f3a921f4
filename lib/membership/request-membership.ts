import { getCharterSettings } from "@/lib/charter/get-charter-settings";
import { db } from "@/lib/db";
import { AppError, conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { isUniqueViolation } from "@/lib/sessions/records";
import { cooldownEndFor, formatDay, membershipRequestViewFor, parseOrRefuse, refuseUnknownAreas } from "@/lib/membership/records";
import { membershipRequestInputSchema } from "@/lib/membership/schemas";

/**
 * A signed-in person who is not yet a member asks to join. They have at most
 * one open request (checked here, and held by the partial unique index
 * `MembershipRequest_open_key` when two posts race), and after a decline
 * they wait the charter's cool-down, told from which day they may ask again.
 */
export async function requestMembership({ actor, input, now = new Date() }: { actor: Actor; /** The form's fields as sent (or already parsed): parsed here, and refused at their fields. */ input: Record<string, unknown>; now?: Date }) {
  assertCan(actor, "membership.request");
  const fields = parseOrRefuse(membershipRequestInputSchema, input);
  await refuseUnknownAreas(fields.areas);
  const userId = actor.userId!;
  const { declineCooldownDays } = await getCharterSettings();

  try {
    return await db.$transaction(async (tx) => {
      const membership = await tx.membership.findUnique({ where: { userId }, select: { status: true } });
      if (membership?.status === "SUSPENDED") throw new AppError("FORBIDDEN", "Your membership is suspended, so you cannot ask to join again; the chairs can lift the suspension.");
      if (membership?.status === "ACTIVE") throw new AppError("CONFLICT", "You are already a member of the working group.");
      const open = await tx.membershipRequest.findFirst({ where: { userId, status: "PENDING" }, select: { id: true } });
      if (open) throw alreadyOpen(await membershipRequestViewFor(tx, open.id, actor));
      const cooldownEnd = await cooldownEndFor(tx, userId, declineCooldownDays, now);
      if (cooldownEnd) throw new AppError("CONFLICT", `Your last request was declined recently. You may ask again from ${formatDay(cooldownEnd)}.`, { current: { mayRequestAgainFrom: cooldownEnd } });
      const { id } = await tx.membershipRequest.create({ data: { userId, ...fields, areas: [...new Set(fields.areas)].sort() }, select: { id: true } });
      return membershipRequestViewFor(tx, id, actor);
    });
  } catch (error) {
    // Two posts at once both found no open request; the index let one of them in.
    if (isUniqueViolation(error)) {
      const open = await db.membershipRequest.findFirst({ where: { userId, status: "PENDING" }, select: { id: true } });
      throw alreadyOpen(open ? await membershipRequestViewFor(db, open.id, actor) : null);
    }
    throw error;
  }
}

const alreadyOpen = (current: unknown) => conflictError("You already have an open request to join; the chairs will answer it. You can withdraw it and send a new one.", current);
