import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";

/** Starts or stops following a PEP. Idempotent: watching twice is watching once. */
export async function setPepWatch({ actor, pepNumber, isWatching }: { actor: Actor; pepNumber: number; isWatching: boolean }) {
  assertCan(actor, "peps.watch");
  const userId = actor.userId!;
  if (!(await db.pep.findUnique({ where: { number: pepNumber }, select: { number: true } }))) throw new AppError("NOT_FOUND", `There is no PEP ${pepNumber}.`);
  if (isWatching) {
    await db.pepWatch.upsert({ where: { userId_pepNumber: { userId, pepNumber } }, create: { userId, pepNumber }, update: {} });
  } else {
    await db.pepWatch.deleteMany({ where: { userId, pepNumber } });
  }
  return { isWatching };
}
