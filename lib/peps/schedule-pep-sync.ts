import { LIVE_PEP_INDEX_URL, type PepIndexSource } from "@/lib/peps/read-pep-index";
import { runPepSync } from "@/lib/peps/sync-peps";
import { repeatTask } from "@/lib/repeat-task";

/**
 * Syncs with the live PEP index every `intervalMs` (PEP_SYNC_INTERVAL). With
 * several app processes each runs it; the sync's advisory lock makes the later
 * ones find nothing to do. Returns a function that stops the schedule and
 * resolves once a sync under way has finished (so the database can close).
 */
export function schedulePepSync(
  intervalMs: number,
  { log = console.info, source = { kind: "url", url: LIVE_PEP_INDEX_URL } }: { log?: (message: string) => void; source?: PepIndexSource } = {},
): () => Promise<void> {
  return repeatTask(
    () =>
      runPepSync({ actor: null, trigger: "schedule", source })
        .then((report) =>
          log(`[pep sync] ${report.usedSnapshot && source.kind === "url" ? "index unreachable, used the snapshot; " : ""}added ${report.added.length}, updated ${report.updated.length}, status changes ${report.statusChanges.length}`),
        )
        .catch((error: unknown) => console.error("[pep sync] failed:", error instanceof Error ? error.message : error)),
    { intervalMs },
  );
}
