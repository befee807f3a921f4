"use client";

import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import type { PainPointDetails } from "@/lib/pain-points/get-pain-point";
import { unlinkPepAction } from "../actions";

export function LinkedPeps({ painPointId, peps, canUnlink }: { painPointId: number; peps: PainPointDetails["peps"]; canUnlink: boolean }) {
  if (peps.length === 0) return <p className="text-sm text-subtle">No PEP is linked yet. Chairs link the PEPs that would address a report.</p>;
  return (
    <ul className="space-y-2">
      {peps.map((pep) => (
        <li key={pep.number} className="flex items-start justify-between gap-3 text-sm">
          <Link href={`/peps/${pep.number}`} className="min-w-0 hover:text-primary">
            <span className="font-semibold">PEP {pep.number}</span> <span className="text-muted">— {pep.title}</span> <span className="badge badge-neutral ml-1">{pep.status}</span>
          </Link>
          {canUnlink ? (
            <ActionForm action={unlinkPepAction} aria-label={`Unlink PEP ${pep.number}`}>
              {({ pending }) => (
                <>
                  <input type="hidden" name="painPointId" value={painPointId} />
                  <input type="hidden" name="pepNumber" value={pep.number} />
                  <button type="submit" disabled={pending} className="text-xs font-medium text-subtle hover:text-danger">
                    Unlink
                  </button>
                </>
              )}
            </ActionForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
