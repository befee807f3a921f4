import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { createStatementAction } from "../actions";
import { StatementDetailsForm } from "../_components/statement-details-form";

export const metadata: Metadata = { title: "Start a statement", robots: { index: false } };

export default async function NewStatementPage() {
  const actor = actorFor(await requireUser());
  const areas = await listAreas();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Breadcrumb trail={[{ href: "/statements", label: "Statements" }]} current="Start a statement" />
      <PageHeader
        eyebrow="The working group"
        title="Start a statement"
        description={
          <>
            Say what the group should tell whom, and why, in a paragraph. The members then write the text together; a chair takes it through review and the vote, as the{" "}
            <Link href="/charter" className="font-medium text-primary hover:underline">
              charter
            </Link>{" "}
            sets.
          </>
        }
      />
      {can(actor, "statements.propose") ? (
        <Card>
          <CardBody>
            <StatementDetailsForm action={createStatementAction} areas={areas.map(({ slug, name }) => ({ slug, name }))} withText submitLabel="Start the draft" />
          </CardBody>
        </Card>
      ) : (
        <Notice tone="info" title="Statements are drafted by members">
          Members of the working group start and write statements; anyone can read and endorse them once published. <Link href="/members/join">Ask to join</Link> to take part.
        </Notice>
      )}
    </div>
  );
}
