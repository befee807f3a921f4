import { CalendarPlus, Clock, MapPin, MessageSquare, Pencil, Video } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SessionLiveProvider } from "@/components/live/session-live";
import { Markdown } from "@/components/markdown/markdown";
import { SessionNotes } from "@/components/notes/session-notes";
import { ClockZone, SessionTimeText } from "@/components/sessions/local-time";
import { MembersOnlyBadge, SessionStatusBadge } from "@/components/sessions/session-badges";
import { EvidenceCitedByCard } from "@/components/statements/evidence-cited-by-card";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { liveSources } from "@/lib/live/live-sources";
import { loadLiveSnapshot } from "@/lib/live/load-live-snapshot";
import { getSessionDetails, type SessionDetails } from "@/lib/sessions/get-session-details";
import { missingSession } from "@/lib/site/missing-page";
import { listStatementsCiting } from "@/lib/statements/evidence/list-statements-citing";
import { formatCount } from "@/lib/ui/format";
import { draftReportFromNotesAction } from "./_actions/pain-points";
import { LiveAgenda } from "./_components/live-agenda";
import { LiveTools } from "./_components/live-tools";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One lookup per request, shared by the metadata and the page. */
const load = cache(async (slug: string) => getSessionDetails({ actor: await getCurrentActor(), slug }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const session = await load(slug);
  return { title: session?.title ?? missingSession(slug).title };
}

export default async function SessionPage({ params, searchParams }: Params) {
  const session = await load((await params).slug);
  if (!session) notFound();
  const query = await searchParams;
  const actor = await getCurrentActor();
  const [live, citingStatements] = await Promise.all([loadLiveSnapshot({ sources: liveSources, actor, session }), listStatementsCiting({ actor, sessionId: session.id })]);

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/sessions", label: "Sessions" }]} current={session.title} />

      {query.created ? (
        <Notice tone="success" title="The session is planned">
          It is listed under Sessions{session.visibility === "MEMBERS" ? " for members" : ""}, and its notes are open here.
        </Notice>
      ) : null}
      {query.edited ? <Notice tone="success" title="Your changes are saved" /> : null}

      <header className="space-y-4 border-b border-line pb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <SessionStatusBadge status={session.status} />
          {session.visibility === "MEMBERS" ? <MembersOnlyBadge /> : null}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="max-w-4xl text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">
            <UserText>{session.title}</UserText>
          </h1>
          {session.permissions.canManage ? (
            <Link href={`/sessions/${session.slug}/edit`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <Pencil aria-hidden className="size-4" /> Edit
            </Link>
          ) : null}
        </div>
        <ul className="space-y-1.5 text-sm text-muted">
          <li className="flex items-start gap-2">
            <Clock aria-hidden className="mt-0.5 size-4 shrink-0 text-subtle" />
            <SessionTimeText startsAt={session.startsAt.toISOString()} endsAt={session.endsAt.toISOString()} timeZone={session.timeZone} className="font-medium text-ink" />
          </li>
          {session.venue ? (
            <li className="flex items-start gap-2">
              <MapPin aria-hidden className="mt-0.5 size-4 shrink-0 text-subtle" />
              <span className="min-w-0 break-words">{session.venue}</span>
            </li>
          ) : null}
        </ul>
        <SessionLinks session={session} />
      </header>

      <SessionLiveProvider sessionSlug={session.slug} initial={{ snapshot: live.snapshot, abilities: live.abilities }}>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-labelledby="about-heading" className="min-w-0 space-y-3">
            <h2 id="about-heading" className="text-lg font-semibold">
              About
            </h2>
            {session.description.trim() ? <Markdown source={session.description} /> : <p className="text-sm text-subtle">No description yet.</p>}
            {session.createdByName ? <p className="pt-2 text-xs text-subtle">Planned by {session.createdByName}</p> : null}
          </section>
          <div className="space-y-6">
            <Agenda session={session} />
            <EvidenceCitedByCard statements={citingStatements} isCompact={false} />
          </div>
        </div>

        <div className="grid grid-cols-[minmax(0,1fr)] gap-8 border-t border-line pt-8 xl:grid-cols-[minmax(0,1fr)_26rem]">
          <div className="min-w-0">
            <SessionNotes
              sessionId={session.id}
              sessionSlug={session.slug}
              canEdit={session.permissions.canEditNotes}
              canManageRevisions={session.permissions.canManageRevisions}
              passageAction={session.permissions.canFilePainPoints ? draftReportFromNotesAction : undefined}
            />
          </div>
          <LiveTools isRecord={session.status === "ended"} />
        </div>
      </SessionLiveProvider>
    </div>
  );
}

function SessionLinks({ session }: { session: SessionDetails }) {
  const isLive = session.status === "live";
  return (
    <div className="flex flex-wrap gap-2">
      {session.videoUrl ? (
        <a href={session.videoUrl} target="_blank" rel="noopener noreferrer" className={buttonStyles({ variant: isLive ? "primary" : "secondary", size: "sm" })}>
          <Video aria-hidden className="size-4" /> {isLive ? "Join the video call" : "Video link"}
        </a>
      ) : null}
      {session.chatUrl ? (
        <a href={session.chatUrl} target="_blank" rel="noopener noreferrer" className={buttonStyles({ variant: "secondary", size: "sm" })}>
          <MessageSquare aria-hidden className="size-4" /> Chat
        </a>
      ) : null}
      <a href={`/sessions/${session.slug}/calendar.ics`} className={buttonStyles({ variant: session.status === "ended" ? "ghost" : "secondary", size: "sm" })}>
        <CalendarPlus aria-hidden className="size-4" /> Add to calendar
      </a>
    </div>
  );
}

function Agenda({ session }: { session: SessionDetails }) {
  const first = session.agenda[0];
  return (
    <Card className="h-fit">
      <CardHeader>
        <CardTitle id="agenda-heading">Agenda</CardTitle>
        {first ? (
          <p className="text-xs text-subtle">
            {formatCount(session.agenda.length, "item")} · {session.agendaMinutes} min · <ClockZone at={first.startsAt.toISOString()} timeZone={session.timeZone} />
          </p>
        ) : null}
      </CardHeader>
      <CardBody>
        {session.agenda.length === 0 ? (
          <p className="text-sm text-subtle">No agenda yet.</p>
        ) : (
          <LiveAgenda sessionId={session.id} timeZone={session.timeZone} items={session.agenda.map((item) => ({ ...item, startsAt: item.startsAt.toISOString() }))} />
        )}
      </CardBody>
    </Card>
  );
}
