import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/layout/access-denied";
import { SessionForm } from "@/components/sessions/session-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentActor, requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getSessionDetails } from "@/lib/sessions/get-session-details";
import { getSessionForEditing } from "@/lib/sessions/get-session-for-editing";
import { missingSession } from "@/lib/site/missing-page";
import { slugPattern } from "@/lib/sessions/slug";
import { timeZoneNames } from "@/lib/sessions/zoned-time";
import { editSessionAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const session = slugPattern.test(slug) ? await getSessionDetails({ actor: await getCurrentActor(), slug }) : null;
  return { title: session ? "Edit session" : missingSession(slug).title };
}

export default async function EditSessionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!slugPattern.test(slug)) notFound();
  const user = await requireUser();
  const session = await getSessionForEditing({ actor: actorFor(user), slug }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return "forbidden" as const;
    throw error;
  });
  if (session === "forbidden") return <AccessDenied reason="The working group’s chairs edit sessions." />;
  if (session === null) notFound();
  const { id, version, agenda, venue, videoUrl, chatUrl, ...fields } = session;

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb
        trail={[
          { href: "/sessions", label: "Sessions" },
          { href: `/sessions/${session.slug}`, label: session.title },
        ]}
        current="Edit"
      />
      <PageHeader title="Edit session" description="Changes show on the session’s page and in calendars that subscribed to it. The notes are not affected." />
      <SessionForm
        action={editSessionAction}
        timeZones={timeZoneNames()}
        session={{ id, version }}
        initial={{
          ...fields,
          venue: venue ?? "",
          videoUrl: videoUrl ?? "",
          chatUrl: chatUrl ?? "",
          agenda: agenda.map((item) => ({ title: item.title, speaker: item.speaker ?? "", minutes: String(item.minutes) })),
        }}
        submitLabel="Save changes"
        cancelHref={`/sessions/${session.slug}`}
      />
    </div>
  );
}
