import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";

/** Closes a flag without hiding anything (hiding goes through the hide use cases, which close flags too). */
export async function dismissFlag({ actor, flagId }: { actor: Actor; flagId: string }) {
  assertCan(actor, "painPoints.moderate");
  const updated = await db.flag.updateMany({ where: { id: flagId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution: "dismissed" } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "That flag was already handled.");
}
