import { EndorsementPanel } from "@/components/statements/endorsement-panel";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/permissions";
import { listEndorsements } from "@/lib/statements/endorsements/list-endorsements";
import { EndorsementForm } from "./endorsement-form";
import { EndorsementWithdrawButton } from "./endorsement-withdraw-button";

/**
 * The statement page's endorsement panel, ready to drop in:
 * `<EndorsementSection slug={statement.slug} />` (the viewer is the
 * signed-in person unless `actor` says otherwise). Signed-in people get the
 * form, prefilled from their account and membership; visitors a sign-in
 * link; an endorser the withdraw button. Throws NOT_FOUND for a statement
 * the viewer may not read (the page has already checked).
 */
export async function EndorsementSection({ slug, actor }: { slug: string; actor?: Actor }) {
  const endorsements = await listEndorsements({ actor: actor ?? (await getCurrentActor()), slug });
  return (
    <EndorsementPanel
      endorsements={endorsements}
      signInHref={`/sign-in?callbackUrl=${encodeURIComponent(`/statements/${slug}`)}`}
      endorseForm={endorsements.prefill ? <EndorsementForm slug={slug} prefill={endorsements.prefill} /> : null}
      withdrawControl={<EndorsementWithdrawButton slug={slug} />}
    />
  );
}
