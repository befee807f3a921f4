import type { Metadata } from "next";
import { TermForm } from "@/components/glossary/term-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { proposeTermAction } from "../actions";
import { termFormChoices } from "../_components/term-form-data";

export const metadata: Metadata = { title: "Propose a glossary term" };

const blankTerm = { term: "", aliases: [], areas: [], related: [], senses: [] };

export default async function ProposeTermPage() {
  const actor = actorFor(await requireUser());
  const isChair = can(actor, "glossary.curate");
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/glossary", label: "Glossary" }]} current={isChair ? "Add a term" : "Propose a term"} />
      <PageHeader
        title={isChair ? "Add a term" : "Propose a term"}
        description="A word the two communities read differently. Give each reading its own sense: whose reading it is, a one-line note, a short definition, an example and where to read more."
      />
      <TermForm
        action={proposeTermAction}
        initial={blankTerm}
        startWithNewSense
        hidden={{}}
        {...await termFormChoices()}
        submitLabel={isChair ? "Publish the term" : "Send to the chairs"}
        reason={{ label: "Where does the confusion come up?", hint: "For the chairs and the term's history: a session, a report, a mailing-list thread." }}
        cancelHref="/glossary"
      />
    </div>
  );
}
