import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { VersionCompareForm } from "@/components/ui/version-compare-form";

export interface VersionEntry {
  version: number;
  href: string;
  /** Beside the number: "in force", "current". */
  note?: ReactNode;
  /** Who saved it, when, and why. */
  details: ReactNode;
}

/**
 * A history page's body: the versions listed newest first, each linking to
 * itself compared with the one before, and beside them the comparison of the
 * two chosen (`children`). The compare form shows once there are two
 * versions to compare.
 */
export function VersionHistory({ entries, from, to, listTestId, children }: { entries: VersionEntry[]; from: number; to: number; listTestId?: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <Card className="self-start">
        <CardHeader>
          <CardTitle>Versions</CardTitle>
        </CardHeader>
        <ol className="divide-y divide-line" data-testid={listTestId}>
          {entries.map((entry) => (
            <li key={entry.version} className="space-y-1 px-5 py-3 text-sm">
              <div className="flex items-center justify-between gap-2">
                <Link href={entry.href} className="font-medium text-primary hover:underline">
                  Version {entry.version}
                </Link>
                {entry.note ? <span className="text-xs text-subtle">{entry.note}</span> : null}
              </div>
              {entry.details}
            </li>
          ))}
        </ol>
      </Card>

      <section aria-labelledby="compare-heading" className="min-w-0 space-y-4">
        <h2 id="compare-heading" className="text-lg font-semibold">
          Compare versions
        </h2>
        {entries.length > 1 ? <VersionCompareForm versions={entries.map((entry) => entry.version)} from={from} to={to} /> : null}
        {children}
      </section>
    </div>
  );
}
