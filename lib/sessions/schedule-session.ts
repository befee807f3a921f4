import { bumpDataVersion } from "@/lib/cache/data-version";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { chooseSlug, isUniqueViolation, replaceAgenda, sessionColumns, slugTakenError } from "@/lib/sessions/records";
import type { SessionInput } from "@/lib/sessions/schemas";
import { slugFromTitle } from "@/lib/sessions/slug";

/**
 * A chair puts a session on the calendar, with its agenda, in one
 * transaction. Not audited (the audit log is for roles, triage and
 * statements), but the session remembers who created it.
 */
export async function scheduleSession({ actor, input }: { actor: Actor; input: SessionInput }) {
  assertCan(actor, "sessions.manage");
  // Two chairs may derive the same address at the same moment; the loser of that race takes the next one.
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        const slug = await chooseSlug(tx, input);
        const session = await tx.bofSession.create({ data: { ...sessionColumns(input), slug, createdById: actor.userId }, select: { id: true, slug: true } });
        await replaceAgenda(tx, session.id, input.agenda);
        return session;
      });
      bumpDataVersion();
      return created;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (!input.isSlugAuto || attempt >= 3) throw slugTakenError(input.slug ?? slugFromTitle(input.title));
    }
  }
}
