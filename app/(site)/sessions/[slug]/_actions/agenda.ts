"use server";

import { invalidInput, resultOf, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { LiveAgendaState } from "@/lib/live/live-types";
import { agendaStepSchema, setCurrentAgendaItem } from "@/lib/sessions/agenda-live";
import { sessionIdSchema } from "@/lib/sessions/schemas";

/** The chair starts an agenda item, moves to the next, or stops the clock. */
export async function setAgendaStepAction(sessionId: unknown, step: unknown): Promise<ActionResult<LiveAgendaState>> {
  const session = sessionIdSchema.safeParse(sessionId);
  if (!session.success) return invalidInput(session.error, "Unknown session.");
  const parsed = agendaStepSchema.safeParse(step);
  if (!parsed.success) return invalidInput(parsed.error, "That agenda step is not one we know.");
  const actor = await getCurrentActor();
  return resultOf(() => setCurrentAgendaItem({ actor, sessionId: session.data, step: parsed.data }));
}
