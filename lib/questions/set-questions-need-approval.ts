import { db } from "@/lib/db";
import type { LiveAgendaState } from "@/lib/live/live-types";
import { notifySessionLive } from "@/lib/live/notify-session-live";
import { assertCan, type Actor } from "@/lib/permissions";
import { viewerOfSession } from "@/lib/questions/records";
import { agendaStateFrom } from "@/lib/sessions/agenda-live";

/**
 * Whether a session's new questions wait for a chair before others see them.
 * Questions already waiting keep waiting when it is switched off (a chair
 * still approves or hides them); nothing already shown is taken back when it
 * is switched on. The setting travels with the live agenda state, so its
 * version moves and everyone watching hears of it. Returns that state.
 */
export async function setQuestionsNeedApproval({ actor, sessionId, needsApproval }: { actor: Actor; sessionId: number; needsApproval: boolean }): Promise<{ agenda: LiveAgendaState; serverTime: string }> {
  assertCan(actor, "questions.moderate");
  return db.$transaction(async (tx) => {
    await viewerOfSession(tx, actor, sessionId);
    const session = await tx.bofSession.update({
      where: { id: sessionId },
      data: { questionsNeedApproval: needsApproval, liveVersion: { increment: 1 } },
      select: { currentAgendaPosition: true, currentAgendaStartedAt: true, questionsNeedApproval: true, liveVersion: true },
    });
    await notifySessionLive(tx, { sessionId, change: { kind: "agenda" }, actorId: actor.userId });
    return { agenda: agendaStateFrom(session), serverTime: new Date().toISOString() };
  });
}
