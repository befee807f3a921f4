import { createHash, randomBytes } from "node:crypto";
import { getAppConfig } from "@/lib/config";
import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invitationValidDays } from "@/lib/membership/schemas";

type Client = Database | DatabaseTransaction;

/**
 * A new link's secret: 32 random bytes, base64url. Only its sha256 is
 * stored, so a copy of the database holds no working link.
 */
export function newInvitationToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const invitationExpiry = (now: Date) => new Date(now.getTime() + invitationValidDays * 86_400_000);

/** The link the invited person opens: on AUTH_URL when set (emails need an absolute address). */
export function invitationLink(token: string) {
  const { env } = getAppConfig();
  const base = env.AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
  return new URL(`/members/invitations/${token}`, base).toString();
}

export const invitationSelect = {
  id: true,
  email: true,
  affiliation: true,
  message: true,
  expiresAt: true,
  revokedAt: true,
  acceptedAt: true,
  createdAt: true,
  invitedBy: { select: { name: true } },
  acceptedBy: { select: { name: true } },
} satisfies Prisma.MembershipInvitationSelect;
type InvitationRecord = Prisma.MembershipInvitationGetPayload<{ select: typeof invitationSelect }>;

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/** Accepted and revoked are final; otherwise the clock decides. */
export function invitationState(invitation: Pick<InvitationRecord, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

export function viewInvitation(record: InvitationRecord, now: Date) {
  return {
    id: record.id,
    email: record.email,
    affiliation: record.affiliation,
    message: record.message,
    state: invitationState(record, now),
    expiresAt: record.expiresAt,
    revokedAt: record.revokedAt,
    acceptedAt: record.acceptedAt,
    createdAt: record.createdAt,
    inviterName: record.invitedBy?.name ?? "A former chair",
    acceptedByName: record.acceptedBy?.name ?? null,
  };
}
export type InvitationView = ReturnType<typeof viewInvitation>;

export async function invitationViewFor(client: Client, invitationId: number, now: Date) {
  return viewInvitation(await client.membershipInvitation.findUniqueOrThrow({ where: { id: invitationId }, select: invitationSelect }), now);
}

/** What a link that no longer works tells the person who opened it. */
export const unusableInvitationMessages: Record<Exclude<InvitationState, "pending">, string> = {
  accepted: "This invitation has already been used: the person it was for is a member. Sign in to continue.",
  revoked: "This invitation was withdrawn by the chairs. Ask them for a new one, or ask to join at /members/join.",
  expired: `This invitation has expired (links work for ${invitationValidDays} days). Ask the chairs for a new one, or ask to join at /members/join.`,
};
export const unknownInvitationMessage = "This invitation link is not known: check that you copied the whole link, or ask the chairs for a new one.";

/** Refuses a link that is unknown or no longer usable, saying which. */
export function refuseUnlessUsable(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null, now: Date) {
  if (!invitation) throw new AppError("NOT_FOUND", unknownInvitationMessage);
  const state = invitationState(invitation, now);
  if (state !== "pending") throw new AppError("CONFLICT", unusableInvitationMessages[state]);
}

/** An invitation's row locked until the transaction ends, so two submits of one link make one member. */
export async function lockInvitationByToken(tx: DatabaseTransaction, token: string) {
  const [row] = await tx.$queryRaw<{ id: number; email: string; invitedById: string | null; expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null }[]>`
    SELECT id, email, "invitedById", "expiresAt", "revokedAt", "acceptedAt" FROM "MembershipInvitation" WHERE "tokenHash" = ${hashInvitationToken(token)} FOR UPDATE`;
  return row ?? null;
}

export async function lockInvitationById(tx: DatabaseTransaction, invitationId: number) {
  const [row] = await tx.$queryRaw<{ id: number; email: string; expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null }[]>`
    SELECT id, email, "expiresAt", "revokedAt", "acceptedAt" FROM "MembershipInvitation" WHERE id = ${invitationId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "That invitation does not exist.");
  return row;
}
