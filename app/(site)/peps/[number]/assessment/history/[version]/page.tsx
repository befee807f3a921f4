import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { ImpactIndicator, StanceBadge } from "@/components/peps/pep-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getPepTitle } from "@/lib/peps/get-pep-title";
import { parsePepNumber } from "@/lib/peps/schemas";
import { getAssessmentRevision } from "@/lib/peps/get-assessment-revision";
import { affectedGroups, type AffectedGroup } from "@/lib/peps/vocabulary";
import { describeMissingPage } from "@/lib/site/describe-missing-page";
import { formatDateTimeUtc } from "@/lib/ui/format";

type Params = { params: Promise<{ number: string; version: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { number: rawNumber, version: rawVersion } = await params;
  const number = parsePepNumber(rawNumber);
  const version = /^\d{1,6}$/.test(rawVersion) ? Number(rawVersion) : null;
  const revision = number === null || version === null ? null : await getAssessmentRevision(number, version);
  return { title: revision ? "Assessment version" : (await describeMissingPage(`/peps/${rawNumber}/assessment/history/${rawVersion}`)).title };
}

export default async function AssessmentRevisionPage({ params }: Params) {
  const { number: rawNumber, version: rawVersion } = await params;
  const number = parsePepNumber(rawNumber);
  const version = /^\d{1,6}$/.test(rawVersion) ? Number(rawVersion) : null;
  if (number === null || version === null) notFound();
  const [title, revision] = await Promise.all([getPepTitle(number), getAssessmentRevision(number, version)]);
  if (!title || !revision) notFound();

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: `/peps/${number}`, label: `PEP ${number}` },
          { href: `/peps/${number}/assessment/history`, label: "Assessment history" },
        ]}
        current={`Version ${version}`}
      />
      <PageHeader
        eyebrow={`PEP ${number} · version ${version}`}
        title={title}
        description={
          <>
            Saved by {revision.editor?.name ?? "the hub (opened automatically)"} on {formatDateTimeUtc(revision.createdAt)}.
          </>
        }
      />
      <Card>
        <CardBody className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <ImpactIndicator impact={revision.impact} className="text-sm" />
            <StanceBadge stance={revision.stance} />
            <span className="text-sm text-muted">Areas: {revision.areas.join(", ") || "none"}</span>
          </div>
          <p className="text-sm text-muted">Affected: {revision.affected.map((group) => affectedGroups[group as AffectedGroup] ?? group).join(" · ") || "not stated"}</p>
          {revision.summary ? <Markdown source={revision.summary} /> : <p className="text-sm text-subtle">No summary in this version.</p>}
        </CardBody>
      </Card>
    </div>
  );
}
