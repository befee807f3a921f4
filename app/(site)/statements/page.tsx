import { Plus, Rss, ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { StageBadge, stageLabels, targetLabel } from "@/components/statements/statement-parts";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UserText } from "@/components/ui/user-text";
import { listAreas } from "@/lib/areas/get-area";
import { getCurrentActor } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { listStatements } from "@/lib/statements/list-statements";
import { statementLink } from "@/lib/statements/records";
import { statementStages } from "@/lib/statements/schemas";
import { formatDate } from "@/lib/ui/format";
import { cn } from "@/lib/ui/cn";

export const metadata: Metadata = {
  title: "Statements",
  description: "What the Python-on-HPC working group tells Python's Steering Council, the PSF and PEP authors, with the evidence behind it and the record of how it was agreed.",
  alternates: { types: { "application/atom+xml": "/statements/feed.xml" } },
};

type Stage = (typeof statementStages)[number];

export default async function StatementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const [actor, areas] = await Promise.all([getCurrentActor(), listAreas()]);
  const seesDrafts = can(actor, "statements.readDrafts");
  const requested = typeof params.stage === "string" ? params.stage.toUpperCase() : undefined;
  const stage = seesDrafts && statementStages.includes(requested as Stage) ? (requested as Stage) : undefined;
  const statements = await listStatements({ actor, input: { stage } });
  const areaNames = new Map(areas.map((area) => [area.slug, area.name]));
  const tabs: { label: string; stage: Stage | undefined }[] = [{ label: "All", stage: undefined }, ...statementStages.map((value) => ({ label: stageLabels[value], stage: value }))];

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="The working group"
        title="Position statements"
        description={
          seesDrafts
            ? "What the group drafts together, reviews, votes on by consent and publishes. Visitors see only what was published."
            : "What the Python-on-HPC working group tells Python's Steering Council, the PSF and PEP authors: each with the evidence it rests on and the record of how it was agreed."
        }
        actions={
          <>
            <a href="/statements/feed.xml" className={buttonStyles({ variant: "ghost" })}>
              <Rss aria-hidden className="size-4" /> Feed
            </a>
            {can(actor, "statements.propose") ? (
              <Link href="/statements/new" className={buttonStyles()}>
                <Plus aria-hidden className="size-4" /> Start a statement
              </Link>
            ) : null}
          </>
        }
      />

      {seesDrafts ? (
        <nav aria-label="Statements by stage" className="-mx-1 flex gap-1 overflow-x-auto pb-1">
          {tabs.map((tab) => (
            <Link
              key={tab.label}
              href={tab.stage ? `/statements?stage=${tab.stage.toLowerCase()}` : "/statements"}
              aria-current={tab.stage === stage ? "page" : undefined}
              className={cn("shrink-0 rounded-full px-3 py-1.5 text-sm font-medium", tab.stage === stage ? "bg-primary-soft text-primary-soft-ink" : "text-muted hover:bg-surface-muted hover:text-ink")}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
      ) : null}

      {statements.length === 0 ? (
        <EmptyState icon={ScrollText} title={stage ? `No statements ${stageLabels[stage].toLowerCase()}` : seesDrafts ? "No statements yet" : "Nothing published yet"}>
          <p>{seesDrafts ? "A member starts one with its title, whom it speaks to and a one-paragraph summary; the group writes the text together." : "Published statements appear here with their evidence and the group's vote. Members of the working group draft them."}</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2" aria-label="Statements">
          {statements.map((statement) => (
            <li key={statement.slug} className="flex flex-col rounded-xl border border-line bg-surface p-5 shadow-xs" data-testid={`statement-${statement.slug}`}>
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
                <StageBadge stage={statement.stage} />
                <span>To {targetLabel(statement)}</span>
              </div>
              <h2 className="mt-3 text-lg font-semibold tracking-tight text-balance">
                <Link href={statementLink(statement.slug)} className="hover:text-primary hover:underline">
                  <UserText>{statement.title}</UserText>
                </Link>
              </h2>
              <p className="mt-2 line-clamp-3 text-sm text-muted">
                <UserText>{statement.summary}</UserText>
              </p>
              <div className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-4 text-xs text-subtle">
                <span>{statement.areas.map((area) => areaNames.get(area) ?? area).join(" · ")}</span>
                <span aria-hidden>·</span>
                <span>
                  {statement.publishedAt ? `Published ${formatDate(statement.publishedAt)}` : `Updated ${formatDate(statement.updatedAt)}`} · by <UserText>{statement.authors.map((author) => author.name).join(", ") || "the group"}</UserText>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
