import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TextDiff } from "@/components/peps/text-diff";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { comparedVersions } from "@/components/ui/version-compare-form";
import { VersionHistory } from "@/components/ui/version-history";
import { getCurrentActor } from "@/lib/auth/current-user";
import { listTermRevisions } from "@/lib/glossary/list-term-revisions";
import { termContentAsText } from "@/lib/glossary/term-text";
import { formatDateTimeUtc } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Glossary term history" };

/** Every published version of a term, who wrote it, who approved it and why; any two compared. */
export default async function TermHistoryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query, actor] = await Promise.all([params, searchParams, getCurrentActor()]);
  const history = await listTermRevisions({ actor, slug });
  if (!history || history.revisions.length === 0) notFound();
  const { revisions } = history;
  const versions = revisions.map((revision) => revision.version);
  const { from, to } = comparedVersions(versions, query);
  const before = revisions.find((revision) => revision.version === from)!;
  const after = revisions.find((revision) => revision.version === to)!;

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/glossary", label: "Glossary" },
          { href: `/glossary/${history.slug}`, label: history.term },
        ]}
        current="History"
      />
      <PageHeader eyebrow="Glossary" title={`History of “${history.term}”`} description="Every published version, who proposed it, the chair who approved it, and why. Compare any two." />
      <VersionHistory
        entries={revisions.map((revision) => ({
          version: revision.version,
          href: `/glossary/${history.slug}/history?from=${versions.find((version) => version < revision.version) ?? revision.version}&to=${revision.version}`,
          note: revision.version === versions[0] ? "current" : undefined,
          details: (
            <>
              <p className="text-xs text-muted">
                {revision.proposedBy ? (
                  <>
                    Proposed by <UserText>{revision.proposedBy}</UserText>
                    {revision.appliedBy && revision.appliedBy !== revision.proposedBy ? (
                      <>
                        , approved by <UserText>{revision.appliedBy}</UserText>
                      </>
                    ) : null}
                  </>
                ) : (
                  "The starting glossary"
                )}{" "}
                · <time dateTime={revision.createdAt.toISOString()}>{formatDateTimeUtc(revision.createdAt)}</time>
              </p>
              <p className="text-xs whitespace-pre-line">
                <UserText>{revision.reason}</UserText>
              </p>
            </>
          ),
        }))}
        from={from}
        to={to}
        listTestId="term-versions"
      >
        <Card>
          <CardBody className="space-y-3" data-testid="term-diff">
            <p className="text-sm text-muted">{from === to ? `Version ${to}, the first.` : `Version ${from} → version ${to}.`}</p>
            <TextDiff before={from === to ? "" : termContentAsText(before.content)} after={termContentAsText(after.content)} unchanged="No change between these versions." />
          </CardBody>
        </Card>
      </VersionHistory>
    </div>
  );
}
