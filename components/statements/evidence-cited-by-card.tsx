import { ScrollText } from "lucide-react";
import Link from "next/link";
import { Card, CardBody } from "@/components/ui/card";
import { PanelHeader } from "@/components/statements/evidence-panel-header";
import { UserText } from "@/components/ui/user-text";
import { StageBadge } from "@/components/statements/statement-parts";
import type { CitingStatement } from "@/lib/statements/evidence/list-statements-citing";
import { formatDate } from "@/lib/ui/format";

/**
 * "Cited by statements": the statements whose evidence includes this PEP,
 * pain point or session, from `listStatementsCiting`. Nothing at all when
 * there are none, so the pages it sits on stay as they were. `isCompact`
 * (the default) gives the small-titled side card of the pain-point page;
 * off, the title reads like the PEP and session pages' own side cards.
 */
export function EvidenceCitedByCard({ statements, isCompact = true, className }: { statements: CitingStatement[]; isCompact?: boolean; className?: string }) {
  if (statements.length === 0) return null;
  return (
    <Card aria-labelledby="cited-by-statements" className={className} data-testid="cited-by-statements">
      <PanelHeader id="cited-by-statements" icon={ScrollText} title="Cited by statements" count={statements.length} isCompact={isCompact} />
      <CardBody>
        <ul className="space-y-2.5">
          {statements.map((statement) => (
            <li key={statement.id} className="text-sm">
              <Link href={`/statements/${statement.slug}`} className="font-medium text-primary hover:underline">
                <UserText>{statement.title}</UserText>
              </Link>
              <span className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-subtle">
                {statement.stage === "PUBLISHED" && statement.publishedAt ? <span>Published {formatDate(statement.publishedAt)}</span> : <StageBadge stage={statement.stage} />}
              </span>
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
