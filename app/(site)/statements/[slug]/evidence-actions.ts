"use server";

import { defineAction } from "@/lib/define-action";
import { addStatementEvidence } from "@/lib/statements/evidence/add-statement-evidence";
import { removeStatementEvidence } from "@/lib/statements/evidence/remove-statement-evidence";
import { addEvidenceSchema, removeEvidenceSchema } from "@/lib/statements/evidence/schemas";

/** The statement's page, and the pages whose "Cited by statements" card may change. */
const citedPages = ["/(site)/statements/[slug]", "/(site)/peps/[number]", "/(site)/pain-points/[id]", "/(site)/sessions/[slug]"].map((path) => ({ path, type: "page" as const }));

export const addEvidenceAction = defineAction({
  permission: "statements.edit",
  input: addEvidenceSchema,
  invalidMessage: "Please correct the highlighted field.",
  run: ({ actor, input }) => addStatementEvidence({ actor, input }),
  revalidate: () => citedPages,
  message: "Added to the evidence.",
});

export const removeEvidenceAction = defineAction({
  permission: "statements.edit",
  input: removeEvidenceSchema,
  run: ({ actor, input }) => removeStatementEvidence({ actor, ...input }),
  revalidate: () => citedPages,
  message: "Removed from the evidence.",
});
