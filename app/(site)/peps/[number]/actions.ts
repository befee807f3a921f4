"use server";

import { defineAction } from "@/lib/define-action";
import { pepToggleSchema } from "@/lib/peps/schemas";
import { setPepRelevance } from "@/lib/peps/set-pep-relevance";
import { setPepWatch } from "@/lib/peps/set-pep-watch";

export const watchPepAction = defineAction({
  permission: "peps.watch",
  input: pepToggleSchema,
  run: ({ actor, input }) => setPepWatch({ actor, pepNumber: input.pepNumber, isWatching: input.value }),
  revalidate: ({ pepNumber }) => [`/peps/${pepNumber}`],
  message: (_input, result) => (result.isWatching ? "You will hear about changes to this PEP." : "You no longer follow this PEP."),
});

export const setRelevanceAction = defineAction({
  permission: "peps.markRelevant",
  input: pepToggleSchema,
  run: ({ actor, input }) => setPepRelevance({ actor, pepNumber: input.pepNumber, isRelevant: input.value }),
  revalidate: ({ pepNumber }) => [`/peps/${pepNumber}`, "/peps"],
});
