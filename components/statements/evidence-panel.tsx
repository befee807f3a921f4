import { CalendarDays, ExternalLink, FileText, Layers, Activity, ScrollText } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import { PanelHeader } from "@/components/statements/evidence-panel-header";
import { StageBadge } from "@/components/statements/statement-parts";
import { statusLabels as painStatusLabels } from "@/lib/pain-points/vocabulary";
import type { StatementEvidenceView } from "@/lib/statements/evidence/records";
import { evidenceKindLabels } from "@/lib/statements/evidence/schemas";
import { formatDate } from "@/lib/ui/format";
import type { PainStatus } from "@/lib/generated/prisma/enums";

/**
 * What a statement rests on, grouped by kind, for the statement page's side
 * column. It shows what `listStatementEvidence` let this viewer see and
 * reads nothing itself; the forms come in from the route (which owns the
 * Server Actions):
 *
 * - `evidence`: the view from `listStatementEvidence({ actor, statementId })`;
 * - `addForm`: shown under the list when `evidence.canChange` (members, in draft and review);
 * - `removeControl(item)`: a control for each hand-added item the viewer may remove.
 */
export function EvidencePanel({ evidence, addForm, removeControl }: { evidence: StatementEvidenceView; addForm?: ReactNode; removeControl?: (item: { id: number; label: string }) => ReactNode }) {
  const remove = (item: { id: number; canRemove: boolean }, label: string) => (item.canRemove && removeControl ? removeControl({ id: item.id, label }) : null);
  return (
    <Card aria-labelledby="evidence-heading" data-testid="evidence-panel">
      <PanelHeader id="evidence-heading" icon={Layers} title="Evidence" count={evidence.total} />
      <CardBody className="space-y-5">
        {evidence.total === 0 ? <p className="text-sm text-subtle">{evidence.canChange ? "Nothing cited yet. Mention “PEP 703” or “#pain-123” in the text, or add evidence below." : "This statement cites no evidence."}</p> : null}

        <EvidenceGroup title={evidenceKindLabels.PEP} icon={FileText} count={evidence.peps.length}>
          {evidence.peps.map((pep) => (
            <EvidenceItem key={pep.id} note={pep.note} isFromText={pep.isFromText} control={remove(pep, `PEP ${pep.pepNumber}`)}>
              <Link href={`/peps/${pep.pepNumber}`} className="hover:text-primary">
                <span className="font-semibold">PEP {pep.pepNumber}</span> {pep.title ? <span className="text-muted">— {pep.title}</span> : <span className="text-subtle">— no longer in the index</span>}
              </Link>{" "}
              {pep.status ? <Badge className="ml-1">{pep.status}</Badge> : null}
            </EvidenceItem>
          ))}
        </EvidenceGroup>

        <EvidenceGroup title={evidenceKindLabels.PAIN_POINT} icon={Activity} count={evidence.painPoints.length}>
          {evidence.painPoints.map((report) => (
            <EvidenceItem key={report.id} note={report.note} isFromText={report.isFromText} control={remove(report, `pain point #${report.painPointId}`)}>
              <Link href={`/pain-points/${report.painPointId}`} className="hover:text-primary">
                <span className="font-semibold">#{report.painPointId}</span>{" "}
                <span className="text-muted">
                  <UserText>{report.title}</UserText>
                </span>
              </Link>
              <span className="block text-xs text-subtle">
                {report.affectedSummary} · {painStatusLabels[report.status as PainStatus] ?? report.status}
                {report.isHidden ? <span className="text-danger"> · hidden (chairs only)</span> : null}
              </span>
            </EvidenceItem>
          ))}
        </EvidenceGroup>

        <EvidenceGroup title={evidenceKindLabels.SESSION} icon={CalendarDays} count={evidence.sessions.length}>
          {evidence.sessions.map((session) => (
            <EvidenceItem key={session.id} note={session.note} control={remove(session, `the session ${session.title}`)}>
              <Link href={session.notesHref} className="font-medium hover:text-primary">
                <UserText>{session.title}</UserText>
              </Link>
              <span className="block text-xs text-subtle">
                <time dateTime={session.startsAt.toISOString()}>{formatDate(session.startsAt)}</time> · notes{session.isMembersOnly ? " · members only" : ""}
              </span>
            </EvidenceItem>
          ))}
        </EvidenceGroup>

        <EvidenceGroup title={evidenceKindLabels.STATEMENT} icon={ScrollText} count={evidence.statements.length}>
          {evidence.statements.map((statement) => (
            <EvidenceItem key={statement.id} note={statement.note} control={remove(statement, `the statement ${statement.title}`)}>
              <Link href={`/statements/${statement.slug}`} className="font-medium hover:text-primary">
                <UserText>{statement.title}</UserText>
              </Link>{" "}
              <StageBadge stage={statement.stage} />
            </EvidenceItem>
          ))}
        </EvidenceGroup>

        <EvidenceGroup title={evidenceKindLabels.LINK} icon={ExternalLink} count={evidence.links.length}>
          {evidence.links.map((link) => (
            <EvidenceItem key={link.id} note={link.note} control={remove(link, `the link ${link.title}`)}>
              <a href={link.url} rel="nofollow noopener noreferrer ugc" className="font-medium break-words text-primary hover:underline">
                <UserText>{link.title}</UserText>
              </a>
              <span className="block text-xs text-subtle">{link.host}</span>
            </EvidenceItem>
          ))}
        </EvidenceGroup>

        {evidence.canChange && addForm ? <div className="border-t border-line pt-4">{addForm}</div> : null}
      </CardBody>
    </Card>
  );
}

function EvidenceGroup({ title, icon: Icon, count, children }: { title: string; icon: typeof Layers; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <section className="space-y-2">
      <h3 className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-subtle uppercase">
        <Icon aria-hidden className="size-3.5" /> {title}
      </h3>
      <ul className="space-y-2.5">{children}</ul>
    </section>
  );
}

function EvidenceItem({ note, isFromText = false, control, children }: { note: string | null; isFromText?: boolean; control?: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-start justify-between gap-3 text-sm" data-testid="evidence-item">
      <div className="min-w-0">
        {children}
        {note ? (
          <p className="mt-0.5 text-xs text-muted">
            <UserText>{note}</UserText>
          </p>
        ) : null}
        {isFromText ? <p className="mt-0.5 text-xs text-subtle">Mentioned in the text</p> : null}
      </div>
      {control}
    </li>
  );
}
