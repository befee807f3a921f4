import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/layout/access-denied";
import { Markdown } from "@/components/markdown/markdown";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { listNoteRevisions, revisionReasonLabels } from "@/lib/notes/list-note-revisions";
import { getSessionDetails } from "@/lib/sessions/get-session-details";
import { missingSession } from "@/lib/site/missing-page";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";
import { RestoreForm } from "./_components/restore-form";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const session = await getSessionDetails({ actor: await getCurrentActor(), slug });
  return { title: session ? "Note revisions" : missingSession(slug).title };
}

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<{ revision?: string }> };

/** Chairs: the saved revisions of a session's notes, each compared with the current text, and restorable. */
export default async function NoteRevisionsPage({ params, searchParams }: Params) {
  const actor = await getCurrentActor();
  const { slug } = await params;
  const selectedId = Number((await searchParams).revision) || undefined;
  // The use case decides: a session this person may not read is not found, whoever they are; then only chairs see revisions.
  const view = await listNoteRevisions({ actor, slug, selectedId }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) return "refused" as const;
    throw error;
  });
  if (!view) notFound();
  if (view === "refused") return <AccessDenied reason="Only chairs can view and restore revisions of session notes." />;
  const { notes, revisions, selected } = view;
  const base = `/sessions/${slug}`;
  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/sessions", label: "Sessions" },
          { href: base, label: notes.session.title },
        ]}
        current="Revisions"
      />
      <header className="border-b border-line pb-5">
        <h1 className="text-2xl font-semibold tracking-tight">Revisions of the notes</h1>
        <p className="mt-1 text-sm text-muted">Saved every ten minutes while the notes change, when the session ends, and before any restore. Restoring is an edit everyone sees live.</p>
      </header>
      {revisions.length === 0 ? (
        <EmptyState title="No revisions yet">A revision is kept once the notes have been edited.</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
          <ol className="space-y-1" aria-label="Revisions">
            {revisions.map((revision) => (
              <li key={revision.id}>
                <Link
                  href={`${base}/notes/revisions?revision=${revision.id}`}
                  aria-current={selected?.id === revision.id ? "true" : undefined}
                  className={cn("block rounded-lg border px-3 py-2 text-sm", selected?.id === revision.id ? "border-primary bg-primary-soft" : "border-line bg-surface hover:border-line-strong")}
                >
                  <span className="block font-medium tabular-nums">{formatDateTimeUtc(revision.createdAt)}</span>
                  <span className="block text-xs text-muted">
                    {revisionReasonLabels[revision.reason]}
                    {revision.createdByName ? ` · ${revision.createdByName}` : ""} · {revision.length.toLocaleString("en")} characters
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          {selected ? (
            <div className="min-w-0 space-y-6">
              <Card>
                <CardHeader>
                  <CardTitle>Changes from this revision to the current notes</CardTitle>
                  <RestoreForm revisionId={selected.id} slug={slug} />
                </CardHeader>
                <CardBody>
                  <TextDiff before={selected.markdown} after={notes.markdown} unchanged="The current notes are the same as this revision." />
                </CardBody>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>This revision</CardTitle>
                </CardHeader>
                <CardBody>{selected.markdown.trim() ? <Markdown source={selected.markdown} /> : <p className="text-sm text-subtle">Empty.</p>}</CardBody>
              </Card>
            </div>
          ) : null}
        </div>
      )}
    </div>
  );
}
