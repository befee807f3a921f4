import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { AppError, conflictError } from "@/lib/errors";
import { assertCan, type Actor } from "@/lib/permissions";
import { chooseSlug, isUniqueViolation, plannedSessionSelect, replaceAgenda, sessionColumns, slugTakenError, viewSessionForEditing } from "@/lib/sessions/records";
import type { SessionInput } from "@/lib/sessions/schemas";
import { slugFromTitle } from "@/lib/sessions/slug";

/**
 * Saves a chair's changes to a session and replaces its agenda, in one
 * transaction. `version` is the session's last change as the chair's form
 * saw it: if another chair saved in between, nothing is overwritten and the
 * conflict carries their version.
 */
export async function editSession({ actor, id, version, input }: { actor: Actor; id: number; version: string; input: SessionInput }) {
  assertCan(actor, "sessions.manage");
  const seenAt = new Date(version);
  if (Number.isNaN(seenAt.getTime())) throw new AppError("INVALID_INPUT", "The form is out of date; open the editor again.");
  try {
    const saved = await db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "BofSession" WHERE id = ${id} FOR UPDATE`;
      if (!locked) throw new AppError("NOT_FOUND", "That session does not exist any more.");
      const slug = await chooseSlug(tx, input, id);
      const { count } = await tx.bofSession.updateMany({ where: { id, updatedAt: seenAt }, data: { ...sessionColumns(input), slug } });
      if (count === 0) {
        const theirs = await tx.bofSession.findUniqueOrThrow({ where: { id }, select: plannedSessionSelect });
        throw conflictError("Another chair saved changes to this session after you opened it. Nothing was overwritten: their version is shown next to your form, which still holds everything you typed. Save again to put yours over theirs.", viewSessionForEditing(theirs));
      }
      await replaceAgenda(tx, id, input.agenda);
      return { id, slug };
    });
    bumpDataVersion();
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTakenError(input.slug ?? slugFromTitle(input.title));
    throw error;
  }
}
