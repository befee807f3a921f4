import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { auditQuerySchema, listAuditEvents } from "@/lib/audit/list-audit-events";
import { getCurrentActor } from "@/lib/auth/current-user";
import { readQueryFields } from "@/lib/http/list-query";
import { formatDateTimeUtc } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Audit log" };

const actionLabels: Record<string, string> = {
  "user.role.change": "changed the role of",
  "membership.approve": "approved the",
  "membership.decline": "declined the",
  "membership.withdraw": "withdrew their",
};

/** "role: user → chair" for each field that differs between before and after. */
function describeChange(before: unknown, after: unknown) {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((key) => JSON.stringify(from[key]) !== JSON.stringify(to[key]))
    .map((key) => ({ key, from: from[key] === undefined ? "—" : String(from[key]), to: to[key] === undefined ? "—" : String(to[key]) }));
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, problems } = readQueryFields(await searchParams, auditQuerySchema);
  const { events, nextCursor } = await listAuditEvents({ actor: await getCurrentActor(), query });

  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every change of a role, a membership, a triage state or a statement's state: who, what, when, before and after." />
      <IgnoredParamsNotice problems={problems} />
      {events.length === 0 ? (
        <EmptyState icon={ScrollText} title="Nothing recorded yet">
          <p>Changes appear here as soon as someone makes one.</p>
        </EmptyState>
      ) : (
        <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface" aria-label="Audit entries, newest first">
          {events.map((event) => (
            <li key={event.id} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[12rem_1fr]" data-testid="audit-entry">
              <time dateTime={event.createdAt.toISOString()} className="text-xs text-subtle tabular-nums sm:pt-0.5">
                {formatDateTimeUtc(event.createdAt)}
              </time>
              <div className="space-y-1">
                <p>
                  <UserText className="font-medium">{event.actor?.name ?? event.actor?.email ?? "The system"}</UserText> <span className="text-muted">{actionLabels[event.action] ?? event.action}</span>{" "}
                  <UserText className="font-medium">{event.subjectLabel ?? `${event.subjectType} ${event.subjectId}`}</UserText>
                </p>
                <ul className="flex flex-wrap gap-2">
                  {describeChange(event.before, event.after).map((change) => (
                    <li key={change.key} className="rounded-md bg-surface-muted px-2 py-0.5 font-mono text-xs">
                      {change.key}: {change.from} → {change.to}
                    </li>
                  ))}
                </ul>
                {event.reason ? <p className="text-muted">“{event.reason}”</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      {nextCursor ? (
        <Link className={buttonStyles({ variant: "secondary" })} href={`/admin/audit?after=${nextCursor}`}>
          Older entries
        </Link>
      ) : null}
    </div>
  );
}
