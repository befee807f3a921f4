import { EvidencePanel } from "@/components/statements/evidence-panel";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/permissions";
import { listStatementEvidence } from "@/lib/statements/evidence/list-statement-evidence";
import { EvidenceAddForm } from "./evidence-add-form";
import { EvidenceRemoveButton } from "./evidence-remove-button";

/**
 * The statement page's evidence panel, ready to drop in:
 * `<EvidenceSection statementId={statement.id} />` (the viewer is the
 * signed-in person unless `actor` says otherwise). Members get the add forms
 * and remove buttons while the statement is in draft or review; everyone
 * else sees what they may read of the list. Throws NOT_FOUND for a
 * statement the viewer may not read (the page has already checked).
 */
export async function EvidenceSection({ statementId, actor }: { statementId: number; actor?: Actor }) {
  const evidence = await listStatementEvidence({ actor: actor ?? (await getCurrentActor()), statementId });
  return <EvidencePanel evidence={evidence} addForm={<EvidenceAddForm statementId={statementId} />} removeControl={(item) => <EvidenceRemoveButton statementId={statementId} evidenceId={item.id} label={item.label} />} />;
}
