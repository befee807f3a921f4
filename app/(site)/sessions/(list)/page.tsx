import { CalendarDays, CalendarPlus, ListOrdered, MapPin, Plus, Video } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SessionTimeText } from "@/components/sessions/local-time";
import { MembersOnlyBadge, SessionStatusBadge } from "@/components/sessions/session-badges";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { listSessions, PAST_PAGE_SIZE, type SessionListEntry } from "@/lib/sessions/list-sessions";
import type { SessionStatus } from "@/lib/sessions/status";
import { formatCount } from "@/lib/ui/format";

export const metadata: Metadata = {
  title: "Sessions",
  description: "Birds-of-a-Feather sessions and working-group meetings of the Python-on-HPC working group: agendas, times in your zone, live notes.",
};

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const requestedPage = Number(Array.isArray(params.page) ? params.page[0] : params.page);
  const pastPage = Number.isInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 1_000 ? requestedPage : 1;
  const actor = await getCurrentActor();
  const now = new Date();
  const { live, upcoming, past, pastTotal } = await listSessions({ actor, now, pastPage });
  const canManage = can(actor, "sessions.manage");
  const isEmpty = live.length + upcoming.length + pastTotal === 0;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Sessions"
        description="Birds-of-a-Feather sessions and working-group meetings — with their agendas, times in your own zone, and shared notes taken live."
        actions={
          <>
            <a href="/sessions/calendar.ics" className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <CalendarPlus aria-hidden className="size-4" /> Calendar feed
            </a>
            {canManage ? (
              <Link href="/sessions/new" className={buttonStyles({ size: "sm" })}>
                <Plus aria-hidden className="size-4" /> New session
              </Link>
            ) : null}
          </>
        }
      />

      {isEmpty ? (
        <EmptyState
          icon={CalendarDays}
          title="No sessions yet"
          actions={
            canManage ? (
              <Link href="/sessions/new" className={buttonStyles()}>
                Plan the first session
              </Link>
            ) : null
          }
        >
          <p>The working group’s BoF sessions and meetings will be listed here, with their agendas and notes.</p>
        </EmptyState>
      ) : (
        <>
          {live.length > 0 ? (
            <SessionGroup id="live" title="Live now" status="live" sessions={live} />
          ) : null}
          <SessionGroup
            id="upcoming"
            title="Upcoming"
            status="upcoming"
            sessions={upcoming}
            empty={<p className="rounded-xl border border-dashed border-line-strong bg-surface px-5 py-6 text-sm text-muted">Nothing planned right now. Subscribe to the calendar feed to hear of the next session.</p>}
          />
          {pastTotal > 0 ? (
            <div className="space-y-4">
              <SessionGroup id="past" title="Past" count={pastTotal} status="ended" sessions={past} />
              <Pagination page={pastPage} pageCount={Math.ceil(pastTotal / PAST_PAGE_SIZE)} hrefFor={(page) => (page === 1 ? "/sessions#past" : `/sessions?page=${page}#past`)} label="Pages of past sessions" />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

function SessionGroup({ id, title, status, sessions, count, empty }: { id: string; title: string; status: SessionStatus; sessions: SessionListEntry[]; count?: number; empty?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" id={id}>
      <h2 id={`${id}-heading`} className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        {status === "live" ? <span aria-hidden className="size-2.5 animate-pulse rounded-full bg-danger" /> : null}
        {title}
        {count !== undefined || sessions.length > 0 ? <span className="text-sm font-normal text-subtle tabular-nums">{count ?? sessions.length}</span> : null}
      </h2>
      {sessions.length === 0 ? (
        (empty ?? null)
      ) : (
        <ol className="space-y-3" aria-label={`${title} sessions`}>
          {sessions.map((session) => (
            <li key={session.id} className="list-card" data-testid="session-row">
              <div className="list-card-meta">
                {status === "live" ? <SessionStatusBadge status="live" /> : null}
                {session.visibility === "MEMBERS" ? <MembersOnlyBadge /> : null}
                <SessionTimeText startsAt={session.startsAt.toISOString()} endsAt={session.endsAt.toISOString()} timeZone={session.timeZone} className="font-medium text-muted" />
              </div>
              <h3 className="list-card-title text-base">
                <Link href={`/sessions/${session.slug}`}>
                  <UserText>{session.title}</UserText>
                </Link>
              </h3>
              {session.venue || session.videoUrl || session.agendaItemCount ? (
                <p className="mt-1.5 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
                  {session.venue ? (
                    <span className="inline-flex min-w-0 items-center gap-1.5">
                      <MapPin aria-hidden className="size-4 shrink-0 text-subtle" /> <span className="min-w-0 break-words">{session.venue}</span>
                    </span>
                  ) : null}
                  {session.videoUrl ? (
                    <span className="inline-flex items-center gap-1.5">
                      <Video aria-hidden className="size-4 text-subtle" /> Online
                    </span>
                  ) : null}
                  {session.agendaItemCount ? (
                    <span className="inline-flex items-center gap-1.5">
                      <ListOrdered aria-hidden className="size-4 text-subtle" /> {formatCount(session.agendaItemCount, "agenda item")}
                    </span>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
