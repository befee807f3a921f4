import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/layout/access-denied";
import { ReportForm } from "@/components/pain-points/report-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor, requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getPainPoint } from "@/lib/pain-points/get-pain-point";
import { getPainPointForEditing } from "@/lib/pain-points/get-pain-point-for-editing";
import { missingPainPoint } from "@/lib/site/missing-page";
import { editPainPointAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const raw = (await params).id;
  const lookup = /^\d{1,9}$/.test(raw) ? await getPainPoint({ actor: await getCurrentActor(), id: Number(raw) }) : ({ kind: "missing" } as const);
  return { title: lookup.kind === "missing" ? missingPainPoint(raw).title : "Edit report" };
}

export default async function EditPainPointPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const user = await requireUser();
  const report = await getPainPointForEditing({ actor: actorFor(user), id: Number(raw) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return "forbidden" as const;
    throw error;
  });
  if (report === null) notFound();
  if (report === "forbidden") return <AccessDenied reason="Only the person who reported it and the chairs edit a report." />;
  const areas = await listAreas();
  const { title, description, severity, isReporterPublic, areas: chosenAreas, hasEvidence, isOwnReport, id, version, updatedAt: _updatedAt, ...context } = report;

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb
        trail={[
          { href: "/pain-points", label: "Pain points" },
          { href: `/pain-points/${id}`, label: `#${id}` },
        ]}
        current="Edit"
      />
      <PageHeader
        title={`Edit report #${id}`}
        description={isOwnReport ? "Correct or complete your report. People who said it affects them keep their place." : "You are editing someone else's report as a chair; the change is recorded in the audit log."}
      />
      <ReportForm
        areas={areas}
        action={editPainPointAction}
        painPointId={id}
        version={version}
        initial={{ title, description, severity, isReporterPublic, areas: chosenAreas, context }}
        hasEvidence={hasEvidence}
        showNameChoice={isOwnReport}
        submitLabel="Save changes"
        cancelHref={`/pain-points/${id}`}
      />
    </div>
  );
}
