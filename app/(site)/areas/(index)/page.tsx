import { Activity, Layers, Shapes } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAreasWithCounts } from "@/lib/areas/list-areas-with-counts";
import { getCurrentActor } from "@/lib/auth/current-user";
import { formatCount } from "@/lib/ui/format";

export const metadata: Metadata = {
  title: "Areas",
  description: "The areas where Python's evolution touches HPC work, each with its PEPs and the pain points reported in it.",
};

export default async function AreasPage() {
  const areas = await listAreasWithCounts({ actor: await getCurrentActor() });
  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/", label: "Overview" }]} current="Areas" />
      <PageHeader title="Areas" description="The working group’s shared taxonomy: where Python’s evolution touches HPC work. PEPs, pain points and statements are all filed under these areas." />
      {areas.length === 0 ? (
        <EmptyState icon={Shapes} title="No areas yet">
          <p>The administrators have not set up the taxonomy yet. PEPs and pain points can still be browsed on their own pages.</p>
        </EmptyState>
      ) : (
        <ul aria-label="Areas" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {areas.map((area) => (
            <li key={area.slug} className="group relative flex flex-col rounded-xl border border-line bg-surface p-5 shadow-xs transition focus-within:ring-2 focus-within:ring-focus/30 hover:border-primary/40">
              <h2 className="font-semibold tracking-tight">
                <Link href={`/areas/${area.slug}`} className="outline-none after:absolute after:inset-0 after:rounded-xl group-hover:text-primary">
                  {area.name}
                </Link>
              </h2>
              <p className="mt-2 flex-1 text-sm text-muted">{area.summary}</p>
              <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-3 text-sm text-muted">
                <span className="inline-flex items-center gap-1.5">
                  <Layers aria-hidden className="size-4 text-subtle" />
                  <span data-testid="pep-count" className="tabular-nums">
                    {formatCount(area.pepCount, "PEP")}
                  </span>
                </span>
                <span className="inline-flex items-center gap-1.5">
                  <Activity aria-hidden className="size-4 text-subtle" />
                  <span data-testid="pain-point-count" className="tabular-nums">
                    {formatCount(area.painPointCount, "pain point")}
                  </span>
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
