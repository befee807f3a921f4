import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParamsNotice } from "@/components/filters/ignored-params-notice";
import { AccessDenied } from "@/components/layout/access-denied";
import { ReportForm } from "@/components/pain-points/report-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { isAppError, type AppError } from "@/lib/errors";
import { readQueryFields } from "@/lib/http/list-query";
import { can } from "@/lib/permissions";
import { getLastContext } from "@/lib/pain-points/get-last-context";
import { listSavedSites } from "@/lib/pain-points/list-saved-sites";
import { prepareReportFromSession } from "@/lib/pain-points/prepare-report-from-session";
import { reportOriginSchema } from "@/lib/pain-points/schemas";
import { forgetSavedSiteAction, reportPainPointAction } from "./actions";

export const metadata: Metadata = { title: "Report a pain point" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPainPointPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(actorFor(user), "painPoints.report")) return <AccessDenied reason="Signed-in people report pain points." />;
  const actor = actorFor(user);
  // ?fromQuestion=<id> (a question's chair action) or ?fromDraft=<id> (a passage of the notes): a chair files from a live session.
  const { query, problems } = readQueryFields(await searchParams, reportOriginSchema);
  const [areas, lastContext, savedSites, fromSession] = await Promise.all([
    listAreas(),
    getLastContext({ actor }),
    listSavedSites({ actor }),
    prepareReportFromSession({ actor, input: query }).then(
      (origin) => ({ origin, refusal: null }),
      (error: unknown) => {
        if (isAppError(error)) return { origin: null, refusal: error };
        throw error;
      },
    ),
  ]);
  const { origin, refusal } = fromSession;

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb trail={[{ href: "/pain-points", label: "Pain points" }]} current="New report" />
      <PageHeader
        title={origin ? "File a pain point from the session" : "Report a pain point"}
        description={
          origin
            ? "Turn what was raised in the session into a report people can add “affects me too” to. The more context you give, the more useful it is to the people who can fix it."
            : "Describe what hurts when running Python on your HPC system. The more context you give, the more useful your report is to the people who can fix it."
        }
      />
      <IgnoredParamsNotice problems={problems} title="Some of the address was not understood and was ignored" />
      {refusal ? <OriginRefusal refusal={refusal} /> : null}
      <ReportForm
        areas={areas}
        action={reportPainPointAction}
        initial={{ title: origin?.prefill.title ?? "", areas: [], severity: null, description: origin?.prefill.description ?? "", isReporterPublic: false, context: {} }}
        siteChoices={{ savedSites, lastContext, forgetAction: forgetSavedSiteAction }}
        origin={origin ?? undefined}
        submitLabel={origin ? "File the report" : "Send report"}
        cancelHref={origin ? `/sessions/${origin.session.slug}` : "/pain-points"}
      />
    </div>
  );
}

/** Why the form is not filled from the session: what filing would have said (only chairs; not found; hidden; filed already). */
function OriginRefusal({ refusal }: { refusal: AppError }) {
  const isRole = refusal.code === "FORBIDDEN" || refusal.code === "UNAUTHENTICATED";
  return (
    <Notice tone={isRole ? "info" : "warning"} title={isRole ? "This is the ordinary report form" : "The form is not filled from the session"}>
      {refusal.message}
      {refusal.details.link ? (
        <>
          {" "}
          <Link href={refusal.details.link.href}>{refusal.details.link.label}</Link>
        </>
      ) : null}
      {isRole ? null : " You can still write a report of your own below."}
    </Notice>
  );
}
