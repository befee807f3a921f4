import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { comparedVersions, VersionCompareForm } from "@/components/ui/version-compare-form";
import { getCurrentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getStatement } from "@/lib/statements/get-statement";
import { compareTextVersions, listTextVersions } from "@/lib/statements/text-versions";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";
import { restoreTextVersionAction } from "../../actions";
import { ReasonForm } from "../_components/statement-forms";

export const metadata: Metadata = { title: "Text versions", robots: { index: false } };

const reasonWords = { PERIODIC: "Kept while the text changed", STAGE_CHANGE: "Kept at a step", BEFORE_RESTORE: "The text before a restore", RESTORED: "Restored" } as const;

/** Every kept version of a statement's text; any two compared line by line; a chair restores one while the text can change. */
export default async function StatementVersionsPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ slug }, query, actor] = await Promise.all([params, searchParams, getCurrentActor()]);
  const loaded = await Promise.all([getStatement({ actor, input: { slug } }), listTextVersions({ actor, input: { slug } })]).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) return null;
    throw error;
  });
  if (!loaded) notFound();
  const [statement, versions] = loaded;
  const numbers = versions.map((version) => version.number);
  const mayRestore = can(actor, "statements.manageVote") && (statement.stage === "DRAFT" || statement.stage === "REVIEW");

  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/statements", label: "Statements" },
          { href: `/statements/${slug}`, label: statement.title },
        ]}
        current="Versions"
      />
      <PageHeader title="Text versions" description={<>Every kept version of <UserText>{statement.title}</UserText>: kept every ten minutes while the text changes and at every step. Votes and endorsements point at the version they were given on.</>} />
      {versions.length < 2 ? (
        <EmptyState title="Only one version so far">
          <p>Versions are kept while the text changes and at each step; compare two once there are.</p>
        </EmptyState>
      ) : (
        <Comparison slug={slug} numbers={numbers} query={query} />
      )}
      <Card>
        <CardHeader>
          <CardTitle>All versions</CardTitle>
        </CardHeader>
        <ol className="divide-y divide-line" data-testid="statement-versions">
          {versions.map((version) => (
            <li key={version.number} className="space-y-2 px-5 py-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">Version {version.number}</span>
                <span className="text-xs text-muted">
                  {reasonWords[version.reason]} · {version.createdByName ? <UserText>{version.createdByName}</UserText> : "the hub"} · {formatDateTimeUtc(version.createdAt)}
                </span>
              </div>
              {mayRestore && version.number !== numbers[0] ? (
                <details>
                  <summary className="cursor-pointer text-xs font-medium text-primary">Restore this version</summary>
                  <div className="mt-2">
                    <ReasonForm action={restoreTextVersionAction} id={`restore-${version.number}`} hidden={{ slug, number: version.number }} label="Why restore it" submitLabel={`Restore version ${version.number}`} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      <p className="text-sm">
        <Link href={`/statements/${slug}`} className="font-medium text-primary hover:underline">
          Back to the statement
        </Link>
      </p>
    </div>
  );
}

async function Comparison({ slug, numbers, query }: { slug: string; numbers: number[]; query: Record<string, string | string[] | undefined> }) {
  const actor = await getCurrentActor();
  const { from, to } = comparedVersions(numbers, query);
  const { parts } = await compareTextVersions({ actor, input: { slug, from, to } });
  const isSame = parts.every((part) => part.kind === "unchanged");
  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <h2 id="compare-heading" className="text-lg font-semibold">
        Compare
      </h2>
      <VersionCompareForm versions={numbers} from={from} to={to} />
      <Card>
        <CardBody>
          {isSame ? (
            <p className="text-sm text-subtle">Version {from} and version {to} have the same text.</p>
          ) : (
            <pre className="overflow-x-auto font-mono text-[0.8rem] leading-6 whitespace-pre-wrap" data-testid="statement-diff">
              {parts.map((part, index) => (
                <span key={index} className={cn("block", part.kind === "added" && "bg-success-soft text-success", part.kind === "removed" && "bg-danger-soft text-danger line-through")}>
                  {part.kind === "added" ? <span className="sr-only">Added: </span> : part.kind === "removed" ? <span className="sr-only">Removed: </span> : null}
                  {part.text}
                </span>
              ))}
            </pre>
          )}
        </CardBody>
      </Card>
    </section>
  );
}
