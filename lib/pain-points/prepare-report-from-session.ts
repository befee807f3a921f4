import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import type { SessionOriginView } from "@/lib/pain-points/origin-prefill";
import type { ReportOrigin } from "@/lib/pain-points/schemas";
import { assertMayFileFromSession, readDraftOrigin, readQuestionOrigin, viewDraftOrigin, viewQuestionOrigin } from "@/lib/pain-points/session-origin";

/**
 * What the new-report form opened from a session shows a chair: the question
 * (or selected passage) quoted, its session and asker, and the title and
 * description to start from. Null when the form was not opened from a
 * session. Throws the refusal filing would meet (not a chair, not found,
 * hidden, filed already) so the page can say so instead of filling the form;
 * nothing about the question is read before the actor is known to be a chair.
 */
export async function prepareReportFromSession({ actor, input }: { actor: Actor; input: ReportOrigin }): Promise<SessionOriginView | null> {
  if (input.fromQuestion === undefined && input.fromDraft === undefined) return null;
  assertMayFileFromSession(actor);
  if (input.fromQuestion !== undefined) return viewQuestionOrigin(await readQuestionOrigin(db, actor, input.fromQuestion));
  return viewDraftOrigin(await readDraftOrigin(db, actor, input.fromDraft!));
}
