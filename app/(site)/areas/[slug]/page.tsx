import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { PainPointListCompact } from "@/components/pain-points/pain-point-list-compact";
import { ImpactIndicator, StatusBadge } from "@/components/peps/pep-badges";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getArea } from "@/lib/areas/get-area";
import { listMostAffectedInArea } from "@/lib/pain-points/list-most-affected-in-area";
import { anonymousActor } from "@/lib/permissions";
import { missingArea } from "@/lib/site/missing-page";
import { statusDescriptions } from "@/lib/peps/vocabulary";
import { formatCount } from "@/lib/ui/format";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const area = await getArea(slug);
  return { title: area ? area.name : missingArea(slug).title, description: area?.summary };
}

export default async function AreaPage({ params }: Params) {
  const area = await getArea((await params).slug);
  if (!area) notFound();
  const painPoints = await listMostAffectedInArea({ actor: anonymousActor, areaSlug: area.slug }); // the same for everyone: hidden reports are left out of lists
  return (
    <div className="space-y-8">
      <Breadcrumb
        trail={[
          { href: "/", label: "Overview" },
          { href: "/areas", label: "Areas" },
        ]}
        current={area.name}
      />
      <PageHeader
        eyebrow="Area"
        title={area.name}
        description={area.summary}
        actions={
          <Link href={`/peps?area=${area.slug}`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
            Filter the tracker by this area
          </Link>
        }
      />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="peps-heading" className="min-w-0 space-y-5">
          <h2 id="peps-heading" className="text-lg font-semibold">
            {formatCount(area.pepCount, "PEP")} in this area, by status
          </h2>
          {area.byStatus.map((group) => (
            <Card key={group.status}>
              <CardHeader>
                <CardTitle className="flex items-center gap-2">
                  <StatusBadge status={group.status} /> <span className="text-sm font-normal text-muted">{statusDescriptions[group.status]}</span>
                </CardTitle>
                <span className="text-sm text-subtle tabular-nums">{group.peps.length}</span>
              </CardHeader>
              <ul className="divide-y divide-line">
                {group.peps.map((pep) => (
                  <li key={pep.number} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm">
                    <Link href={`/peps/${pep.number}`} className="min-w-0 hover:text-primary">
                      <span className="font-semibold tabular-nums">PEP {pep.number}</span> <span className="text-muted">— {pep.title}</span>
                    </Link>
                    {pep.assessment ? <ImpactIndicator impact={pep.assessment.impact} className="shrink-0" /> : null}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </section>
        <aside className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>What this area covers</CardTitle>
            </CardHeader>
            <CardBody>
              <Markdown source={area.description} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Most-affected pain points</CardTitle>
              <Link href={`/pain-points?area=${area.slug}`} className="text-sm font-medium text-primary hover:underline">
                All
              </Link>
            </CardHeader>
            <CardBody>{painPoints.length ? <PainPointListCompact items={painPoints} /> : <p className="text-sm text-subtle">No pain points reported in this area yet.</p>}</CardBody>
          </Card>
        </aside>
      </div>
    </div>
  );
}
