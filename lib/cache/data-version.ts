/**
 * A counter that moves whenever this process changes data that public pages
 * show outside of a request (scheduled jobs, command-line tools in-process).
 * The anonymous page cache (server/anonymous-page-cache.ts) drops its copies
 * when it moves. Kept on the process, shared by the server and Next.js bundles.
 */
const key = Symbol.for("pyhpc-hub.data-version");
type Holder = { [key]?: number };

export function currentDataVersion(): number {
  return (globalThis as Holder)[key] ?? 0;
}

export function bumpDataVersion() {
  (globalThis as Holder)[key] = currentDataVersion() + 1;
}
