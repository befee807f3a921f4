import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImpactIndicator, StanceBadge } from "@/components/peps/pep-badges";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { comparedVersions } from "@/components/ui/version-compare-form";
import { VersionHistory } from "@/components/ui/version-history";
import { getPepTitle } from "@/lib/peps/get-pep-title";
import { parsePepNumber } from "@/lib/peps/schemas";
import { listAssessmentRevisions, type AssessmentRevision } from "@/lib/peps/list-assessment-revisions";
import { affectedGroups, impactLabels, stanceLabels, type AffectedGroup } from "@/lib/peps/vocabulary";
import { describeMissingPage } from "@/lib/site/describe-missing-page";
import { formatDateTimeUtc } from "@/lib/ui/format";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const raw = (await params).number;
  const number = parsePepNumber(raw);
  const revisions = number === null ? [] : await listAssessmentRevisions(number);
  return { title: revisions.length ? "Assessment history" : (await describeMissingPage(`/peps/${raw}/assessment/history`)).title };
}

const describeFields = (revision: AssessmentRevision) => ({
  Impact: impactLabels[revision.impact],
  Stance: stanceLabels[revision.stance],
  Areas: revision.areas.join(", ") || "—",
  "Who is affected": revision.affected.map((group) => affectedGroups[group as AffectedGroup] ?? group).join("; ") || "—",
});

export default async function AssessmentHistoryPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const number = parsePepNumber((await params).number);
  if (number === null) notFound();
  const [title, revisions] = await Promise.all([getPepTitle(number), listAssessmentRevisions(number)]);
  if (!title || revisions.length === 0) notFound();

  const newest = revisions[0]!.version;
  const { from, to } = comparedVersions(
    revisions.map((revision) => revision.version),
    await searchParams,
  );
  const before = revisions.find((revision) => revision.version === from)!;
  const after = revisions.find((revision) => revision.version === to)!;
  const beforeFields = describeFields(before);
  const afterFields = describeFields(after);

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/peps", label: "PEP tracker" },
          { href: `/peps/${number}`, label: `PEP ${number}` },
        ]}
        current="Assessment history"
      />
      <PageHeader eyebrow={`PEP ${number}`} title="Assessment history" description={`Every saved version of the group's assessment of “${title}”.`} />

      <VersionHistory
        entries={revisions.map((revision) => ({
          version: revision.version,
          href: `/peps/${number}/assessment/history/${revision.version}`,
          note: revision.version === newest ? "current" : undefined,
          details: (
            <>
              <p className="text-xs text-muted">
                {revision.editor?.name ?? "Opened automatically"} · <time dateTime={revision.createdAt.toISOString()}>{formatDateTimeUtc(revision.createdAt)}</time>
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <ImpactIndicator impact={revision.impact} />
                <StanceBadge stance={revision.stance} />
              </div>
            </>
          ),
        }))}
        from={from}
        to={to}
      >
        <Card>
          <CardBody className="space-y-4">
            <table className="w-full text-sm" data-testid="field-changes">
              <thead className="text-left text-xs text-subtle uppercase">
                <tr>
                  <th className="py-1 pr-4 font-semibold">Field</th>
                  <th className="py-1 pr-4 font-semibold">Version {from}</th>
                  <th className="py-1 font-semibold">Version {to}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {(Object.keys(afterFields) as (keyof typeof afterFields)[]).map((field) => {
                  const isChanged = beforeFields[field] !== afterFields[field];
                  return (
                    <tr key={field} className={isChanged ? "font-medium" : "text-muted"}>
                      <th scope="row" className="py-2 pr-4 text-left font-medium">
                        {field}
                      </th>
                      <td className={isChanged ? "py-2 pr-4 text-danger line-through" : "py-2 pr-4"}>{beforeFields[field]}</td>
                      <td className={isChanged ? "py-2 text-success" : "py-2"}>{afterFields[field]}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="space-y-2">
              <h3 className="text-sm font-semibold">Summary</h3>
              <TextDiff before={before.summary} after={after.summary} />
            </div>
          </CardBody>
        </Card>
      </VersionHistory>
    </div>
  );
}
