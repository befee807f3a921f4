import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/layout/access-denied";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { getCharter } from "@/lib/charter/get-charter";
import { can } from "@/lib/permissions";
import { CharterForm } from "./_components/charter-form";

export const metadata: Metadata = { title: "Edit the charter" };

export default async function EditCharterPage() {
  const actor = actorFor(await requireUser());
  if (!can(actor, "charter.edit")) return <AccessDenied reason="The working group's chairs edit the charter. Members can propose changes in a session or a statement." />;
  const [found, areas] = await Promise.all([getCharter({ actor }), listAreas()]);
  if (!found) notFound();
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/charter", label: "Charter" }]} current="Edit" />
      <PageHeader eyebrow={`Charter · version ${found.charter.version}`} title="Edit the charter" description="Saving keeps this as a new version, with your reason, in the charter's public history and the audit log." />
      <CharterForm charter={found.charter} areas={areas.map(({ slug, name }) => ({ slug, name }))} />
    </div>
  );
}
