"use server";

import { defineAction } from "@/lib/define-action";
import { dismissFlag } from "@/lib/pain-points/dismiss-flag";
import { dismissFlagSchema } from "@/lib/pain-points/schemas";

export const dismissFlagAction = defineAction({
  permission: "painPoints.moderate",
  input: dismissFlagSchema,
  run: ({ actor, input }) => dismissFlag({ actor, ...input }),
  revalidate: () => ["/pain-points/flags"],
  message: "Dismissed.",
});
