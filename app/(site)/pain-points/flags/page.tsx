import { Flag } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/layout/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { listOpenFlags } from "@/lib/pain-points/list-open-flags";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { DismissButton } from "./_components/dismiss-button";

export const metadata: Metadata = { title: "Flags" };

export default async function FlagsPage() {
  const user = await requireUser();
  const actor = actorFor(user);
  if (!can(actor, "painPoints.moderate")) return <AccessDenied reason="The chairs work through flagged reports and comments." />;
  const flags = await listOpenFlags({ actor });
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title="Flags" description="Reports and comments people asked a chair to look at, oldest first. Hide what is spam or abuse on its page (that closes the flag), or dismiss the flag." />
      {flags.length === 0 ? (
        <EmptyState icon={Flag} title="Nothing to look at">
          <p>No open flags. Thank you.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface" aria-label="Open flags">
          {flags.map((flag) => (
            <li key={flag.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between" data-testid="flag">
              <div className="min-w-0 space-y-1 text-sm">
                <p>
                  <UserText className="font-medium">{flag.raisedBy.name ?? "Someone"}</UserText> flagged{" "}
                  {flag.comment ? (
                    <>
                      a comment by <UserText>{flag.comment.author.name ?? "someone"}</UserText> on{" "}
                    </>
                  ) : null}
                  <Link href={`/pain-points/${flag.painPoint.id}`} className="font-medium text-primary hover:underline">
                    #{flag.painPoint.id} <UserText>{flag.painPoint.title}</UserText>
                  </Link>
                </p>
                <p className="text-muted">“{flag.reason}”</p>
                {flag.comment ? <p className="line-clamp-3 rounded-md bg-surface-muted px-3 py-2 text-xs text-muted">{flag.comment.body}</p> : null}
                <p className="text-xs text-subtle">{formatDateTimeUtc(flag.createdAt)}</p>
              </div>
              <DismissButton flagId={flag.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
