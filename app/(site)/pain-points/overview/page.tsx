import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAreas } from "@/lib/areas/get-area";
import { getPainPointOverview } from "@/lib/pain-points/get-pain-point-overview";
import { filesystems } from "@/lib/pain-points/vocabulary";
import { formatCount } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Where it hurts", description: "Pain-point reports by area, filesystem and month." };

const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" });

/**
 * The board's overview as charts built from HTML: bars are plain elements
 * sized in CSS, so they work without JavaScript, reflow on a phone, and each
 * carries its numbers as text (with a table as the text alternative).
 */
export default async function PainPointOverviewPage() {
  const [overview, areas] = await Promise.all([getPainPointOverview(), listAreas()]);
  const areaName = new Map(areas.map((area) => [area.slug, area.name]));
  const byArea = areas.map((area) => overview.byArea.find((row) => row.areaSlug === area.slug) ?? { areaSlug: area.slug, reports: 0, affected: 0 });
  const maxAffected = Math.max(1, ...byArea.map((row) => row.affected));
  const filesystemKeys = [...Object.keys(filesystems), "unknown"].filter((key) => overview.byFilesystemAndArea.some((row) => row.filesystem === key));
  const cell = (filesystem: string, areaSlug: string) => overview.byFilesystemAndArea.find((row) => row.filesystem === filesystem && row.areaSlug === areaSlug)?.reports ?? 0;
  const maxCell = Math.max(1, ...overview.byFilesystemAndArea.map((row) => row.reports));
  const maxMonth = Math.max(1, ...overview.byMonth.map((row) => row.reports));
  const filesystemName = (key: string) => (key === "unknown" ? "Not given" : ((filesystems as Record<string, string>)[key] ?? key));

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/pain-points", label: "Pain points" }]} current="Where it hurts" />
      <PageHeader
        title="Where it hurts"
        description={`${formatCount(overview.totals.reports, "open report")} (duplicates and hidden ones left out), affecting ${formatCount(overview.totals.affected, "person", "people")} in all.`}
      />

      <Card>
        <CardHeader>
          <CardTitle>Reports and people affected, by area</CardTitle>
        </CardHeader>
        <CardBody>
          <figure aria-label="Bar chart: people affected and reports per area; the same numbers are in the table that follows.">
            <ul className="space-y-3" aria-hidden>
              {byArea.map((row) => (
                // Phones: name and figures on one line, the bar below across the card. Wider screens: one row, columns aligned.
                <li key={row.areaSlug} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[12rem_minmax(0,1fr)_11rem]">
                  <span className="truncate font-medium">{areaName.get(row.areaSlug)}</span>
                  <span className="text-xs text-muted tabular-nums sm:order-last">
                    {formatCount(row.affected, "person", "people")} · {formatCount(row.reports, "report")}
                  </span>
                  <span className="col-span-2 h-4 sm:col-span-1 sm:h-5">
                    <span className="block h-full rounded-r-md bg-primary/80" style={{ width: `${row.affected ? Math.max(1, (row.affected / maxAffected) * 100) : 0}%` }} />
                  </span>
                </li>
              ))}
            </ul>
            <figcaption className="sr-only">People affected and reports per area</figcaption>
          </figure>
          {/* The wrapper clips: a table never shrinks below its content, so a table that is itself sr-only still widens a phone's page. */}
          <div className="sr-only">
            <table>
              <caption>People affected and reports per area</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">People affected</th>
                  <th scope="col">Reports</th>
                </tr>
              </thead>
              <tbody>
                {byArea.map((row) => (
                  <tr key={row.areaSlug}>
                    <th scope="row">{areaName.get(row.areaSlug)}</th>
                    <td>{row.affected}</td>
                    <td>{row.reports}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Reports by shared filesystem and area</CardTitle>
        </CardHeader>
        <CardBody className="overflow-x-auto">
          <table className="w-full min-w-[36rem] table-fixed text-sm" data-testid="filesystem-area-table">
            <caption className="sr-only">Number of reports for each filesystem (rows) and area (columns); darker cells have more.</caption>
            <colgroup>
              <col className="w-44" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="py-2 pr-3 text-left text-xs font-semibold text-subtle uppercase">
                  Filesystem
                </th>
                {areas.map((area) => (
                  <th key={area.slug} scope="col" className="px-1 py-2 text-center text-xs font-semibold text-subtle">
                    {area.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {filesystemKeys.map((filesystem) => (
                <tr key={filesystem}>
                  <th scope="row" className="py-1 pr-3 text-left font-medium whitespace-nowrap">
                    {filesystemName(filesystem)}
                  </th>
                  {areas.map((area) => {
                    const count = cell(filesystem, area.slug);
                    return (
                      <td key={area.slug} className="p-1">
                        <span
                          className="flex h-9 items-center justify-center rounded-md text-xs font-medium tabular-nums"
                          style={{
                            backgroundColor: `color-mix(in srgb, var(--primary) ${count ? 12 + (count / maxCell) * 78 : 0}%, var(--surface-muted))`,
                            color: count / maxCell > 0.55 ? "var(--on-primary)" : undefined,
                          }}
                        >
                          {count}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </CardBody>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>New reports per month</CardTitle>
        </CardHeader>
        <CardBody>
          {overview.byMonth.length === 0 ? (
            <p className="text-sm text-subtle">No reports in the last two years.</p>
          ) : (
            <>
              <figure aria-label="Column chart of new reports per month over the last two years; the numbers are in the table that follows.">
                <div className="flex h-48 items-end gap-1" aria-hidden>
                  {overview.byMonth.map((row) => (
                    <div key={row.month} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end gap-1">
                      <span className="text-[0.65rem] text-subtle tabular-nums">{row.reports}</span>
                      <span className="w-full rounded-t-sm bg-primary/70" style={{ height: `${Math.max(2, (row.reports / maxMonth) * 100)}%` }} />
                    </div>
                  ))}
                </div>
                <div className="mt-1 flex gap-1 text-[0.6rem] text-subtle" aria-hidden>
                  {overview.byMonth.map((row, index) => (
                    <span key={row.month} className="min-w-0 flex-1 truncate text-center">
                      {index % Math.ceil(overview.byMonth.length / 8) === 0 ? monthLabel(row.month) : ""}
                    </span>
                  ))}
                </div>
              </figure>
              <div className="sr-only">
                <table>
                  <caption>New reports per month</caption>
                  <tbody>
                    {overview.byMonth.map((row) => (
                      <tr key={row.month}>
                        <th scope="row">{monthLabel(row.month)}</th>
                        <td>{row.reports}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
