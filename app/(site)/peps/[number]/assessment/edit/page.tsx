import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/layout/access-denied";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getAssessmentForEditing } from "@/lib/peps/get-assessment-for-editing";
import { getPepTitle } from "@/lib/peps/get-pep-title";
import { MAX_SUMMARY_LENGTH, parsePepNumber } from "@/lib/peps/schemas";
import { missingPep } from "@/lib/site/missing-page";
import { AssessmentForm } from "./_components/assessment-form";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  const raw = (await params).number;
  const number = parsePepNumber(raw);
  const title = number === null ? null : await getPepTitle(number);
  return { title: title ? "Edit assessment" : missingPep(raw).title };
}

export default async function EditAssessmentPage({ params }: { params: Promise<{ number: string }> }) {
  const number = parsePepNumber((await params).number);
  if (number === null) notFound();
  const user = await requireUser();
  const title = await getPepTitle(number);
  if (!title) notFound();
  if (!can(actorFor(user), "peps.assess")) {
    return <AccessDenied reason="Only the working group's chairs edit assessments. Members can discuss them in sessions and statements." />;
  }
  const [current, areas] = await Promise.all([getAssessmentForEditing({ actor: actorFor(user), pepNumber: number }), listAreas()]);
  if (!current) notFound();

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/peps", label: "PEP tracker" },
          { href: `/peps/${number}`, label: `PEP ${number}` },
        ]}
        current="Assessment"
      />
      <PageHeader eyebrow={`PEP ${number}`} title={`Assess “${title}”`} description="Say what this PEP means for people running Python on HPC systems. Watchers are told when you save." />
      <AssessmentForm
        pepNumber={number}
        version={current.version}
        initial={{ areas: current.areas, impact: current.impact, stance: current.stance, affected: current.affected, summary: current.summary }}
        areas={areas}
        maxSummaryLength={MAX_SUMMARY_LENGTH}
      />
    </div>
  );
}
