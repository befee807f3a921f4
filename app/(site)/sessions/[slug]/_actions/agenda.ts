"use server";

import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import { agendaStepSchema, setCurrentAgendaItem } from "@/lib/sessions/agenda-live";
import { sessionIdSchema } from "@/lib/sessions/schemas";

/** The chair starts an agenda item, moves to the next, or stops the clock. */
export const setAgendaStepAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ sessionId: sessionIdSchema, step: agendaStepSchema }),
  invalidMessage: "That agenda step is not one we know.",
  run: ({ actor, input }) => setCurrentAgendaItem({ actor, ...input }),
});
