"use server";

import { defineAction } from "@/lib/define-action";
import { scheduleSession } from "@/lib/sessions/schedule-session";
import { readSessionForm, sessionFormSchema } from "@/lib/sessions/schemas";

export const scheduleSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionFormSchema,
  read: readSessionForm,
  run: ({ actor, input }) => scheduleSession({ actor, input }),
  revalidate: () => ["/sessions"],
  redirectTo: (_input, { slug }) => `/sessions/${slug}?created=1`,
});
