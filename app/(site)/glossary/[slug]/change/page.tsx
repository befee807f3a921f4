import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermForm } from "@/components/glossary/term-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { getGlossaryTerm } from "@/lib/glossary/get-glossary-term";
import { can } from "@/lib/permissions";
import { proposeTermChangeAction } from "../../actions";
import { termFormChoices } from "../../_components/term-form-data";

export const metadata: Metadata = { title: "Change a glossary term" };

/** Suggest an edit or a new sense (a chair's change is published at once). */
export default async function ChangeTermPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query, user] = await Promise.all([params, searchParams, requireUser()]);
  const actor = actorFor(user);
  const term = await getGlossaryTerm({ actor, slug });
  if (!term) notFound();
  const isNewSense = query.kind === "sense";
  const isChair = can(actor, "glossary.curate");
  const choices = await termFormChoices();

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/glossary", label: "Glossary" },
          { href: `/glossary/${term.slug}`, label: term.term },
        ]}
        current={isNewSense ? "Add a sense" : isChair ? "Edit" : "Suggest an edit"}
      />
      <PageHeader
        title={isNewSense ? `Add a sense to “${term.term}”` : isChair ? `Edit “${term.term}”` : `Suggest an edit to “${term.term}”`}
        description={isChair ? "As a chair, your change is published at once as the next version, with your reason in the term's history." : "A chair reviews your suggestion; you are credited in the term's history when it is published, and told either way."}
      />
      <TermForm
        action={proposeTermChangeAction}
        initial={term.content}
        hidden={{ slug: term.slug, kind: isNewSense ? "NEW_SENSE" : "EDIT", baseVersion: term.version }}
        startWithNewSense={isNewSense}
        ownSlug={term.slug}
        {...choices}
        submitLabel={isChair ? "Publish the change" : "Send to the chairs"}
        reason={{ label: isChair ? "What the change does" : "Why (for the chairs)", hint: "Shown with the version in the term's history." }}
        cancelHref={`/glossary/${term.slug}`}
      />
    </div>
  );
}
