"use server";

import { defineAction } from "@/lib/define-action";
import { endorseStatement } from "@/lib/statements/endorsements/endorse-statement";
import { endorsementInputSchema, endorsementRefSchema } from "@/lib/statements/endorsements/schemas";
import { withdrawEndorsement } from "@/lib/statements/endorsements/withdraw-endorsement";

export const endorseStatementAction = defineAction({
  permission: "statements.endorse",
  input: endorsementInputSchema,
  run: ({ actor, input }) => endorseStatement({ actor, input }),
  revalidate: (input) => [`/statements/${input.slug}`],
  message: "Thank you: your endorsement is listed.",
});

export const withdrawEndorsementAction = defineAction({
  permission: "statements.endorse",
  input: endorsementRefSchema,
  run: ({ actor, input }) => withdrawEndorsement({ actor, slug: input.slug }),
  revalidate: (input) => [`/statements/${input.slug}`],
  message: "Your endorsement is withdrawn; it stays listed as withdrawn. You may endorse again at any time.",
});
