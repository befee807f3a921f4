import { FileText, Lock, ScrollText } from "lucide-react";
import Link from "next/link";
import { Fragment } from "react";
import { PainStatusBadge, SeverityBadge } from "@/components/pain-points/pain-point-badges";
import { StatusBadge } from "@/components/peps/pep-badges";
import { HighlightedText } from "@/components/search/highlighted-text";
import { StageBadge } from "@/components/statements/statement-parts";
import { Badge } from "@/components/ui/badge";
import { UserText } from "@/components/ui/user-text";
import type { NoteHit, PainPointHit, PepHit, StatementHit } from "@/lib/search/search-site";
import type { Snippet } from "@/lib/search/highlights";
import { targetLabel } from "@/lib/statements/target-label";
import { formatDate } from "@/lib/ui/format";

/** One result each, as list cards whose title links to the thing found. */

export function PepHitCard({ hit }: { hit: PepHit }) {
  return (
    <li className="list-card" data-testid="search-hit">
      <div className="list-card-meta">
        <span className="font-semibold text-ink tabular-nums">PEP {hit.number}</span>
        <StatusBadge status={hit.status} />
        {hit.isHpcRelevant ? <Badge tone="brand">HPC-relevant</Badge> : null}
      </div>
      <h3 className="list-card-title [overflow-wrap:anywhere]">
        <Link href={`/peps/${hit.number}`}>
          <HighlightedText snippet={hit.title} />
        </Link>
      </h3>
      <p className="mt-0.5 truncate text-sm text-muted">
        <HighlightedText snippet={hit.authors} />
      </p>
    </li>
  );
}

export function PainPointHitCard({ hit }: { hit: PainPointHit }) {
  return (
    <li className="list-card" data-testid="search-hit">
      <div className="list-card-meta">
        <span className="font-semibold text-ink tabular-nums">#{hit.id}</span>
        <PainStatusBadge status={hit.status} />
        <SeverityBadge severity={hit.severity} />
        <span>Reported {formatDate(hit.createdAt)}</span>
      </div>
      <TypedTitle href={`/pain-points/${hit.id}`} title={hit.title} />
      <Excerpt snippet={hit.snippet} />
      {hit.evidenceMatch ? <EvidenceMatch modules={hit.evidenceMatch.modules} /> : null}
    </li>
  );
}

/** Why a report whose text lacks the words was found: the modules of its import-time profile that have them. */
function EvidenceMatch({ modules }: { modules: string[] }) {
  return (
    <p className="mt-1 text-sm leading-6 text-muted [overflow-wrap:anywhere]" data-testid="search-evidence">
      {modules.length ? "Its python -X importtime profile shows " : "Found in its python -X importtime profile"}
      {modules.map((name, index) => (
        <Fragment key={name}>
          {index ? ", " : null}
          <HighlightedText snippet={[{ text: name, isMatch: true }]} />
        </Fragment>
      ))}
    </p>
  );
}

export function NoteHitCard({ hit }: { hit: NoteHit }) {
  return (
    <li className="list-card" data-testid="search-hit">
      <div className="list-card-meta">
        <span className="inline-flex items-center gap-1 font-medium text-ink">
          <FileText aria-hidden className="size-3.5 text-subtle" /> Session notes
        </span>
        <span>{formatDate(hit.startsAt)}</span>
        {hit.isMembersOnly ? (
          <Badge tone="warning">
            <Lock aria-hidden className="size-3" /> Members only
          </Badge>
        ) : null}
      </div>
      <h3 className="list-card-title [overflow-wrap:anywhere]">
        <Link href={`/sessions/${hit.slug}/notes`}>
          <UserText>{hit.sessionTitle}</UserText>
        </Link>
      </h3>
      <Excerpt snippet={hit.snippet} />
    </li>
  );
}

export function StatementHitCard({ hit }: { hit: StatementHit }) {
  return (
    <li className="list-card" data-testid="search-hit">
      <div className="list-card-meta">
        <span className="inline-flex items-center gap-1 font-medium text-ink">
          <ScrollText aria-hidden className="size-3.5 text-subtle" /> Statement
        </span>
        <StageBadge stage={hit.stage} />
        <span className="[overflow-wrap:anywhere]">
          To <UserText>{targetLabel(hit)}</UserText>
        </span>
        <span>{hit.publishedAt ? `Published ${formatDate(hit.publishedAt)}` : `Updated ${formatDate(hit.updatedAt)}`}</span>
      </div>
      <TypedTitle href={`/statements/${hit.slug}`} title={hit.title} />
      <Excerpt snippet={hit.snippet} />
    </li>
  );
}

function Excerpt({ snippet }: { snippet: PainPointHit["snippet"] }) {
  if (snippet.length === 0) return null;
  return (
    <p className="mt-1 line-clamp-3 text-sm leading-6 break-words text-muted" data-testid="search-snippet">
      <HighlightedText snippet={snippet} />
    </p>
  );
}

/** A hit's title that people typed (a report's, a statement's), its matches marked. */
function TypedTitle({ href, title }: { href: string; title: Snippet }) {
  return (
    <h3 className="list-card-title [overflow-wrap:anywhere]">
      <Link href={href}>
        <UserText>
          <HighlightedText snippet={title} />
        </UserText>
      </Link>
    </h3>
  );
}
