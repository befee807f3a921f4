import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { countryName } from "@/components/membership/membership-request-summary";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { UserText } from "@/components/ui/user-text";
import { directoryStatusLabels, type DirectoryStatus, type MemberEntryView } from "@/lib/membership/directory";
import { affiliationKindLabels, type AffiliationKind } from "@/lib/membership/schemas";

const statusTones: Record<DirectoryStatus, BadgeTone> = { active: "success", inactive: "warning", suspended: "danger", left: "neutral" };

export function DirectoryStatusBadge({ status }: { status: DirectoryStatus }) {
  return (
    <Badge tone={statusTones[status]} data-testid="member-status">
      {directoryStatusLabels[status]}
    </Badge>
  );
}

export const affiliationKindLabel = (kind: string) => affiliationKindLabels[kind as AffiliationKind] ?? kind;
/** A country code as a name; an empty entry's missing country reads "not given". */
export const countryLabel = (code: string | null) => (code ? countryName(code) : "Country not given");

/** Affiliation, country and areas of one entry, with its ORCID and GitHub links; the directory's rows and the member's page both show it. */
export function MemberEntryDetails({ entry, areaNames }: { entry: MemberEntryView; areaNames: Map<string, string> }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted">
        {entry.affiliation ? (
          <>
            <span className="font-medium text-ink">
              <UserText>{entry.affiliation}</UserText>
            </span>{" "}
            ({affiliationKindLabel(entry.affiliationKind)})
            {entry.roleAtAffiliation ? (
              <>
                , <UserText>{entry.roleAtAffiliation}</UserText>
              </>
            ) : null}
          </>
        ) : (
          <span className="italic">Affiliation not given</span>
        )}
        {" · "}
        {countryLabel(entry.country)}
      </p>
      {entry.areas.length ? (
        <p className="flex flex-wrap gap-1.5" aria-label="Areas">
          {entry.areas.map((slug) => (
            <Link key={slug} href={`/areas/${slug}`} className="chip hover:text-primary hover:underline">
              {areaNames.get(slug) ?? slug}
            </Link>
          ))}
        </p>
      ) : null}
      {entry.orcid || entry.githubHandle ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          {entry.orcid ? (
            <a href={`https://orcid.org/${entry.orcid}`} className="inline-flex items-center gap-1 font-medium text-primary hover:underline" rel="noreferrer" target="_blank">
              ORCID {entry.orcid} <ExternalLink aria-hidden className="size-3" />
            </a>
          ) : null}
          {entry.githubHandle ? (
            <a href={`https://github.com/${entry.githubHandle}`} className="inline-flex items-center gap-1 font-medium break-all text-primary hover:underline" rel="noreferrer" target="_blank">
              GitHub @{entry.githubHandle} <ExternalLink aria-hidden className="size-3" />
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Counts as horizontal bars, each row also readable as text ("Germany 3"),
 * so the chart needs no separate table for screen readers.
 */
export function CountBars({ label, rows }: { label: string; rows: { key: string; label: string; count: number }[] }) {
  const largest = Math.max(1, ...rows.map((row) => row.count));
  return (
    <figure className="space-y-2">
      <figcaption className="text-xs font-semibold tracking-wide text-subtle uppercase">{label}</figcaption>
      <ul className="space-y-1.5" aria-label={label}>
        {rows.map((row) => (
          <li key={row.key} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-0.5 text-sm">
            <span className="truncate">{row.label}</span>
            <span className="text-right font-medium tabular-nums">{row.count}</span>
            <span aria-hidden className="col-span-2 h-2 rounded-full bg-surface-muted">
              <span className="block h-full rounded-full bg-primary/80" style={{ width: `${Math.max(2, (row.count / largest) * 100)}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
