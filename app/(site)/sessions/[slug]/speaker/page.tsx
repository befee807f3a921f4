import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SessionLiveProvider } from "@/components/live/session-live";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getCurrentActor } from "@/lib/auth/current-user";
import { liveSources } from "@/lib/live/live-sources";
import { loadLiveSnapshot } from "@/lib/live/load-live-snapshot";
import { getSessionDetails } from "@/lib/sessions/get-session-details";
import { missingSession } from "@/lib/site/missing-page";
import { AgendaClock } from "../_components/live-agenda";
import { SpeakerQuestions } from "../_components/questions/speaker-questions";

type Params = { params: Promise<{ slug: string }> };

/** One lookup per request, shared by the metadata and the page. */
const load = cache(async (slug: string) => getSessionDetails({ actor: await getCurrentActor(), slug }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const session = await load(slug);
  return { title: session ? `Questions — ${session.title}` : missingSession(slug).title };
}

/**
 * The speaker view: the session's pinned and top questions for the projector,
 * live. Open to whoever may read the session, since it is what the room sees.
 */
export default async function SpeakerPage({ params }: Params) {
  const session = await load((await params).slug);
  if (!session) notFound();
  const live = await loadLiveSnapshot({ sources: liveSources, actor: await getCurrentActor(), session });
  return (
    <div className="space-y-4">
      <Breadcrumb
        trail={[
          { href: "/sessions", label: "Sessions" },
          { href: `/sessions/${session.slug}`, label: session.title },
        ]}
        current="Speaker view"
      />
      <SessionLiveProvider sessionSlug={session.slug} initial={{ snapshot: live.snapshot, abilities: live.abilities }}>
        <SpeakerQuestions title={session.title} agendaClock={<AgendaClock items={session.agenda} />} />
      </SessionLiveProvider>
    </div>
  );
}
