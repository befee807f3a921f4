import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LiveAgendaState } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, type Actor } from "@/lib/permissions";
import { storedInteger } from "@/lib/validation/form-fields";

const agendaStateSelect = { currentAgendaPosition: true, currentAgendaStartedAt: true, questionsNeedApproval: true, liveVersion: true } as const;

type AgendaStateRow = { currentAgendaPosition: number | null; currentAgendaStartedAt: Date | null; questionsNeedApproval: boolean; liveVersion: number };

export function agendaStateFrom(row: AgendaStateRow): LiveAgendaState {
  return {
    currentPosition: row.currentAgendaPosition,
    startedAt: row.currentAgendaStartedAt?.toISOString() ?? null,
    questionsNeedApproval: row.questionsNeedApproval,
    version: row.liveVersion,
  };
}

export async function loadAgendaState(sessionId: number): Promise<LiveAgendaState | null> {
  const row = await db.bofSession.findUnique({ where: { id: sessionId }, select: agendaStateSelect });
  return row ? agendaStateFrom(row) : null;
}

export const agendaStepSchema = z.discriminatedUnion("step", [
  /** Start (or restart) the item at this position. */
  z.object({ step: z.literal("start"), position: storedInteger("The agenda has no such item.", 0) }),
  z.object({ step: z.literal("next") }),
  z.object({ step: z.literal("stop") }),
]);
export type AgendaStep = z.infer<typeof agendaStepSchema>;

/**
 * The chair moves the session along its agenda: everyone sees which item is
 * under way and how long it has left. The clock starts when the item does.
 */
export async function setCurrentAgendaItem({ actor, sessionId, step, now = new Date() }: { actor: Actor; sessionId: number; step: AgendaStep; now?: Date }): Promise<LiveAgendaState> {
  assertCan(actor, "sessions.manage");
  return db.$transaction(async (tx) => {
    const [session] = await tx.$queryRaw<{ currentAgendaPosition: number | null; items: number }[]>`
      SELECT "currentAgendaPosition", (SELECT count(*)::int FROM "AgendaItem" WHERE "sessionId" = s.id) AS items
      FROM "BofSession" s WHERE id = ${sessionId} FOR UPDATE`;
    if (!session) throw new AppError("NOT_FOUND", "There is no such session.");
    let position: number | null;
    if (step.step === "stop") position = null;
    else if (step.step === "next") position = session.currentAgendaPosition === null ? 0 : session.currentAgendaPosition + 1;
    else position = step.position;
    if (position !== null && position >= session.items) {
      if (step.step === "next")
        position = null; // past the last item: the agenda is done
      else throw new AppError("INVALID_INPUT", "The agenda has no such item.");
    }
    const row = await tx.bofSession.update({
      where: { id: sessionId },
      data: { currentAgendaPosition: position, currentAgendaStartedAt: position === null ? null : now, liveVersion: { increment: 1 } },
      select: agendaStateSelect,
    });
    await notifySessionLive(tx, { sessionId, change: { kind: "agenda" }, actorId: actor.userId });
    return agendaStateFrom(row);
  });
}
