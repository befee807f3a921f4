import type { DatabaseTransaction } from "@/lib/db";
import { invalidFields } from "@/lib/errors";
import { refuseUnknownAreas } from "@/lib/membership/records";
import { can, canDraftStatement, refuseUnless, type Actor } from "@/lib/permissions";
import { notParticipatingMessage, readParticipant } from "@/lib/statements/records";
import type { StatementDetails } from "@/lib/statements/schemas";

/** Drafting and editing are for members taking part now: refused at the role first, then at the membership. */
export async function refuseUnlessDrafting(tx: DatabaseTransaction, actor: Actor, now: Date, doing: string) {
  refuseUnless(actor, can(actor, "statements.propose"), `Only members of the working group ${doing}.`);
  const membership = await readParticipant(tx, actor.userId, now);
  refuseUnless(actor, canDraftStatement(actor, membership), notParticipatingMessage(membership, doing));
}

/** What the schema cannot know: the areas and the PEP exist. Refused at their fields. */
export async function refuseUnknownReferences(tx: DatabaseTransaction, details: StatementDetails) {
  await refuseUnknownAreas(details.areas);
  if (details.targetPep !== null && !(await tx.pep.findUnique({ where: { number: details.targetPep }, select: { number: true } }))) {
    throw invalidFields({ targetPep: [`There is no PEP ${details.targetPep} in the PEP index; check the number.`] });
  }
}
