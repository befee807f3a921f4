import { db } from "@/lib/db";
import { recordMemberActivity } from "@/lib/membership/activity";
import { parseOrRefuse } from "@/lib/membership/records";
import type { Actor } from "@/lib/permissions";
import { firstFreeSlug, slugify } from "@/lib/sessions/slug";
import { refuseUnknownReferences, refuseUnlessDrafting } from "@/lib/statements/drafting";
import { auditStatement, statementViewFor } from "@/lib/statements/records";
import { createStatementSchema } from "@/lib/statements/schemas";
import { keepTextVersion } from "@/lib/statements/text-versions";
import { textReferences } from "@/lib/statements/collab/references";
import { syncEvidenceFromText } from "@/lib/statements/evidence/sync-evidence-from-text";

/**
 * A member starts a statement: a draft with its details and, if given, a
 * first text, kept as text version 1. The member becomes its first author
 * and follows it. Its address comes from the title (-2, -3… when taken).
 */
export async function createStatement({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  const { markdown, ...details } = parseOrRefuse(createStatementSchema, input);
  const slug = await db.$transaction(async (tx) => {
    await refuseUnlessDrafting(tx, actor, now, "start statements");
    await refuseUnknownReferences(tx, details);
    // Two members choosing the same title at once would both find the slug free; the lock makes the second look after the first wrote it.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('statement-slug'))`;
    const base = slugify(details.title) || "statement";
    const taken = new Set((await tx.statement.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
    const userId = actor.userId!;
    const statement = await tx.statement.create({
      data: {
        ...details,
        slug: firstFreeSlug(base, taken),
        markdown: markdown ?? "",
        ...textReferences(markdown ?? ""),
        textChangedAt: markdown ? now : null,
        createdById: userId,
        createdAt: now,
        authors: { create: { userId, firstEditAt: now } },
        followers: { create: { userId } },
      },
      select: { id: true, slug: true, title: true },
    });
    const version = await keepTextVersion(tx, { statementId: statement.id, reason: "STAGE_CHANGE", actorId: userId });
    await syncEvidenceFromText(tx, statement.id);
    await auditStatement(tx, actor, statement, { action: "statement.create", after: { stage: "DRAFT", slug: statement.slug, textVersion: version.number } });
    await recordMemberActivity(tx, userId, now);
    return statement.slug;
  });
  return statementViewFor(db, actor, slug, now);
}
