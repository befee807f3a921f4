import { Download, History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { PrintButton } from "@/components/notes/print-button";
import { SessionTimeText } from "@/components/sessions/local-time";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { UserText } from "@/components/ui/user-text";
import { getCurrentActor } from "@/lib/auth/current-user";
import { getSessionNotes } from "@/lib/notes/get-session-notes";
import { missingSession } from "@/lib/site/missing-page";

type Params = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => getSessionNotes({ actor: await getCurrentActor(), slug }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const notes = await load(slug);
  return { title: notes ? `Notes: ${notes.session.title}` : missingSession(slug).title };
}

/**
 * The permanent record of a session's notes: plain HTML, readable without
 * JavaScript, printable (the site's chrome is left off paper).
 */
export default async function SessionNotesPage({ params }: Params) {
  const notes = await load((await params).slug);
  if (!notes) notFound();
  const { session, markdown } = notes;
  const base = `/sessions/${session.slug}`;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Breadcrumb
        trail={[
          { href: "/sessions", label: "Sessions" },
          { href: base, label: session.title },
        ]}
        current="Notes"
        className="print:hidden"
      />
      <header className="space-y-3 border-b border-line pb-5">
        <p className="text-sm font-medium text-primary">Session notes</p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance break-words sm:text-3xl">
          <UserText>{session.title}</UserText>
        </h1>
        <p className="text-sm text-muted">
          <SessionTimeText startsAt={session.startsAt.toISOString()} endsAt={session.endsAt.toISOString()} timeZone={session.timeZone} />
          {session.venue ? ` · ${session.venue}` : ""}
        </p>
        {notes.changedAt ? <p className="text-xs text-subtle">Last changed {notes.changedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</p> : null}
        <div className="flex flex-wrap gap-2 print:hidden">
          <a href={`${base}/notes.md`} className={buttonStyles({ variant: "secondary", size: "sm" })} download>
            <Download aria-hidden className="size-4" /> Download Markdown
          </a>
          <PrintButton />
          {session.permissions.canManageRevisions ? (
            <Link href={`${base}/notes/revisions`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              <History aria-hidden className="size-4" /> Revisions
            </Link>
          ) : null}
          <Link href={base} className={buttonStyles({ variant: "ghost", size: "sm" })}>
            {session.status === "ended" ? "Session page" : "Open the live notes"}
          </Link>
        </div>
      </header>
      {markdown.trim() ? <Markdown source={markdown} /> : <EmptyState title="No notes yet">Nothing has been written in this session&rsquo;s notes.</EmptyState>}
      {notes.recordMarkdown ? (
        <section aria-labelledby="record-heading" className="space-y-2 border-t border-line pt-6" data-testid="session-record">
          <h2 id="record-heading" className="text-xl font-semibold tracking-tight">
            Questions, polls and action items
          </h2>
          <Markdown source={notes.recordMarkdown} />
        </section>
      ) : null}
    </article>
  );
}
