"use server";

import { editCharter } from "@/lib/charter/edit-charter";
import { charterInputSchema } from "@/lib/charter/schemas";
import { defineAction } from "@/lib/define-action";

/** A conflict with another chair comes back as CONFLICT with their version as `error.current`. */
export const editCharterAction = defineAction({
  permission: "charter.edit",
  input: charterInputSchema,
  run: ({ actor, input }) => editCharter({ actor, input }),
  revalidate: () => ["/charter", "/charter/history"],
  redirectTo: (_input, result) => (result.status === "saved" ? "/charter?saved=1" : undefined),
  message: (_input, result) => (result.status === "unchanged" ? "Nothing changed, so no new version was saved." : undefined),
});
