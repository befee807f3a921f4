"use server";

import { defineAction } from "@/lib/define-action";
import { assessmentInputSchema } from "@/lib/peps/schemas";
import { updateAssessment } from "@/lib/peps/update-assessment";

/** A conflict with another chair comes back as CONFLICT with their version as `error.current`. */
export const saveAssessmentAction = defineAction({
  permission: "peps.assess",
  input: assessmentInputSchema,
  run: ({ actor, input }) => updateAssessment({ actor, ...input }),
  revalidate: ({ pepNumber }) => [`/peps/${pepNumber}`, "/peps"],
  redirectTo: ({ pepNumber }, result) => (result.status === "saved" ? `/peps/${pepNumber}` : undefined),
  message: (_input, result) => (result.status === "unchanged" ? "Nothing changed, so no new version was saved." : undefined),
});
