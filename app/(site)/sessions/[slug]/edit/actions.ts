"use server";

import { defineAction } from "@/lib/define-action";
import { editSession } from "@/lib/sessions/edit-session";
import { editSessionFormSchema, readSessionForm } from "@/lib/sessions/schemas";

/** A conflict with another chair comes back as CONFLICT with their version as `error.current`. */
export const editSessionAction = defineAction({
  permission: "sessions.manage",
  input: editSessionFormSchema,
  read: readSessionForm,
  invalidMessage: (error) => (error.issues.some((issue) => issue.path[0] === "sessionId" || issue.path[0] === "version") ? "The form is out of date; reload the page." : undefined),
  run: ({ actor, input }) => editSession({ actor, id: input.sessionId, version: input.version, input: input.input }),
  revalidate: (_input, { slug }) => ["/sessions", `/sessions/${slug}`],
  redirectTo: (_input, { slug }) => `/sessions/${slug}?edited=1`,
});
