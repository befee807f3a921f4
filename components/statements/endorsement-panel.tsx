import { PenLine } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { CountBars } from "@/components/membership/member-directory-parts";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PanelHeader } from "@/components/statements/evidence-panel-header";
import { UserText } from "@/components/ui/user-text";
import type { EndorsementItem, EndorsementsView } from "@/lib/statements/endorsements/list-endorsements";
import { formatCount, formatDate } from "@/lib/ui/format";

/**
 * Who endorses a published statement: a count, the bars by affiliation kind
 * (the member directory's CountBars), members and others listed apart,
 * withdrawn endorsements kept and marked. It reads nothing itself; the route
 * passes in what only it can build:
 *
 * - `endorsements`: the view from `listEndorsements({ actor, slug })`;
 * - `endorseForm`: shown when `endorsements.canEndorse` (signed in, published, not endorsing now);
 * - `withdrawControl`: shown beside "you endorse this" when the viewer's endorsement stands;
 * - `signInHref`: where a visitor goes to sign in and come back.
 */
export function EndorsementPanel({ endorsements, endorseForm, withdrawControl, signInHref }: { endorsements: EndorsementsView; endorseForm?: ReactNode; withdrawControl?: ReactNode; signInHref: string }) {
  const { counts, mine, statement } = endorsements;
  const isPublished = statement.stage === "PUBLISHED";
  const isSignedIn = endorsements.prefill !== null;
  return (
    <Card aria-labelledby="endorsements-heading" data-testid="endorsement-panel">
      <PanelHeader id="endorsements-heading" icon={PenLine} title="Endorsements" count={counts.active} />
      <CardBody className="space-y-5">
        {!isPublished && counts.active + counts.withdrawn === 0 ? <p className="text-sm text-subtle">Endorsements open once the statement is published.</p> : null}
        {isPublished && counts.active + counts.withdrawn === 0 ? <p className="text-sm text-subtle">No one has endorsed this statement yet.</p> : null}
        {counts.active > 0 ? (
          <p className="text-sm text-muted">
            {formatCount(counts.active, "endorsement")}: {formatCount(counts.activeMembers, "member")} of the working group, {formatCount(counts.activeOthers, "other person", "other people")}.
          </p>
        ) : null}
        {counts.byKind.length ? <CountBars label="By affiliation kind" rows={counts.byKind} /> : null}

        <EndorsementGroup title="Members of the working group" items={endorsements.members} />
        <EndorsementGroup title="Others" items={endorsements.others} />

        {mine && !mine.withdrawnAt ? (
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4 text-sm">
            <p>
              You endorse this statement since <time dateTime={mine.createdAt.toISOString()}>{formatDate(mine.createdAt)}</time>.
            </p>
            {withdrawControl}
          </div>
        ) : null}
        {endorsements.canEndorse && endorseForm ? (
          <div className="space-y-3 border-t border-line pt-4">
            {mine?.withdrawnAt ? <p className="text-sm text-muted">You withdrew your endorsement on {formatDate(mine.withdrawnAt)}. You may endorse again: it is listed with today’s date.</p> : null}
            {endorseForm}
          </div>
        ) : null}
        {isPublished && !isSignedIn ? (
          <div className="border-t border-line pt-4">
            <Link href={signInHref} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              Sign in to endorse
            </Link>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}

function EndorsementGroup({ title, items }: { title: string; items: EndorsementItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold tracking-wide text-subtle uppercase">{title}</h3>
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <li key={item.id} className={item.withdrawnAt ? "py-2 text-sm text-subtle first:pt-0 last:pb-0" : "py-2 text-sm first:pt-0 last:pb-0"} data-testid="endorsement">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className={item.withdrawnAt ? "font-medium line-through" : "font-medium"}>
                <UserText>{item.name}</UserText>
              </span>
              {item.isMine ? <span className="text-xs text-primary">you</span> : null}
              <span className="ml-auto text-xs text-subtle tabular-nums">
                {item.withdrawnAt ? (
                  <>
                    Withdrawn <time dateTime={item.withdrawnAt.toISOString()}>{formatDate(item.withdrawnAt)}</time>
                  </>
                ) : (
                  <time dateTime={item.createdAt.toISOString()}>{formatDate(item.createdAt)}</time>
                )}
              </span>
            </p>
            <p className="text-xs text-muted">
              <UserText>{item.affiliation}</UserText>
              {item.affiliationKindLabel ? ` (${item.affiliationKindLabel})` : null}
              {item.isPersonalCapacity ? <span className="text-subtle"> · in a personal capacity</span> : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
