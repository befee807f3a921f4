import type { Metadata } from "next";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentActor } from "@/lib/auth/current-user";
import { listPepSyncRuns } from "@/lib/peps/list-pep-sync-runs";
import { formatDateTimeUtc } from "@/lib/ui/format";
import { SyncForm } from "./_components/sync-form";

export const metadata: Metadata = { title: "PEP index sync" };

export default async function AdminPepsPage() {
  const runs = await listPepSyncRuns({ actor: await getCurrentActor() });
  return (
    <div className="space-y-6">
      <PageHeader
        title="PEP index sync"
        description="Brings the hub's PEPs in line with the PEP index: adds new ones, updates changed ones and records status changes, all in one transaction. Run it here, with npm run peps:sync, or on a schedule with PEP_SYNC_INTERVAL."
      />
      <Card>
        <CardBody className="py-5">
          <SyncForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Recent runs</CardTitle>
        </CardHeader>
        {runs.length === 0 ? (
          <CardBody className="text-sm text-muted">No sync has run yet.</CardBody>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm">
              <thead className="border-b border-line bg-surface-muted text-left text-xs font-semibold tracking-wide text-muted uppercase">
                <tr>
                  <th className="px-4 py-2.5">When</th>
                  <th className="px-4 py-2.5">By</th>
                  <th className="px-4 py-2.5">Source</th>
                  <th className="px-4 py-2.5 text-right">Added</th>
                  <th className="px-4 py-2.5 text-right">Updated</th>
                  <th className="px-4 py-2.5 text-right">Status changes</th>
                  <th className="px-4 py-2.5 text-right">Skipped</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {runs.map((run) => (
                  <tr key={run.id}>
                    <td className="px-4 py-2.5 whitespace-nowrap text-muted">{formatDateTimeUtc(run.startedAt)}</td>
                    <td className="px-4 py-2.5">{run.triggeredBy?.name ?? run.trigger}</td>
                    <td className="max-w-72 px-4 py-2.5 text-muted">{run.source}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums">{run.added}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums">{run.updated}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums">{run.statusChanges}</td>
                    <td className="px-4 py-2.5 text-right tabular-nums">{Array.isArray(run.problems) ? run.problems.length : 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
