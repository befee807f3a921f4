import { stringify } from "csv-stringify/sync";
import { listAreas } from "@/lib/areas/get-area";
import { assertCan, type Actor } from "@/lib/permissions";
import { listPainPoints } from "@/lib/pain-points/list-pain-points";
import { type BoardQuery } from "@/lib/pain-points/schemas";
import { describeContextValue, severityLabels, statusLabels } from "@/lib/pain-points/vocabulary";

const MAX_ROWS = 10_000;

/** The filtered board as CSV, for chairs presenting the evidence to the Python community. */
export async function exportPainPointsCsv({ actor, query, siteUrl }: { actor: Actor; query: BoardQuery; siteUrl: string }) {
  assertCan(actor, "painPoints.export");
  const [{ items, total }, areas] = await Promise.all([listPainPoints({ actor, query, limit: MAX_ROWS }), listAreas()]);
  const areaName = new Map(areas.map((area) => [area.slug, area.name]));
  const rows = items.map((item) => ({
    id: item.id,
    title: item.title,
    url: `${siteUrl}/pain-points/${item.id}`,
    status: statusLabels[item.status],
    severity: severityLabels[item.severity],
    areas: item.areas.map((area) => areaName.get(area) ?? area).join("; "),
    affected_people: item.affectedCount,
    affected_sites: item.siteCount,
    comments: item.commentCount,
    site_kind: describeContextValue("siteKind", item.siteKind) ?? "",
    scheduler: describeContextValue("scheduler", item.scheduler) ?? "",
    filesystem: describeContextValue("filesystem", item.filesystem) ?? "",
    install_method: describeContextValue("installMethod", item.installMethod) ?? "",
    python_version: item.pythonVersion ?? "",
    linked_peps: item.peps.map((pep) => `PEP ${pep}`).join("; "),
    reported: item.createdAt.toISOString().slice(0, 10),
    last_activity: item.lastActivityAt.toISOString().slice(0, 10),
  }));
  return { csv: stringify(rows, { header: true, columns: Object.keys(rows[0] ?? { id: 0 }) }), total, exported: rows.length };
}
