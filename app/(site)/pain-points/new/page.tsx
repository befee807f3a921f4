import type { Metadata } from "next";
import { AccessDenied } from "@/components/layout/access-denied";
import { ReportForm } from "@/components/pain-points/report-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getLastContext } from "@/lib/pain-points/get-last-context";
import { listSavedSites } from "@/lib/pain-points/list-saved-sites";
import { forgetSavedSiteAction, reportPainPointAction } from "./actions";

export const metadata: Metadata = { title: "Report a pain point" };

export default async function NewPainPointPage() {
  const user = await requireUser();
  if (!can(actorFor(user), "painPoints.report")) return <AccessDenied reason="Signed-in people report pain points." />;
  const actor = actorFor(user);
  const [areas, lastContext, savedSites] = await Promise.all([listAreas(), getLastContext({ actor }), listSavedSites({ actor })]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb trail={[{ href: "/pain-points", label: "Pain points" }]} current="New report" />
      <PageHeader title="Report a pain point" description="Describe what hurts when running Python on your HPC system. The more context you give, the more useful your report is to the people who can fix it." />
      <ReportForm
        areas={areas}
        action={reportPainPointAction}
        initial={{ title: "", areas: [], severity: null, description: "", isReporterPublic: false, context: {} }}
        siteChoices={{ savedSites, lastContext, forgetAction: forgetSavedSiteAction }}
        submitLabel="Send report"
        cancelHref="/pain-points"
      />
    </div>
  );
}
