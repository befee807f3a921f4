import autocannon from "autocannon";

export interface LoadResult {
  target: string;
  concurrency: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN);

/**
 * Drives one URL with autocannon at a fixed concurrency and returns latency
 * percentiles computed from every response (autocannon's own summary has no p95).
 * A short warm-up first fills caches and JIT-compiles the route.
 */
export async function measure({
  label,
  url,
  paths,
  concurrency = 20,
  seconds = 10,
  warmupSeconds = 2,
  headers,
}: {
  label: string;
  url: string;
  /** Paths to send in turn instead of the URL's own (e.g. many different searches). */
  paths?: string[];
  concurrency?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  // Browsers accept compressed responses; so does this load.
  headers = { "accept-encoding": "gzip", ...headers };
  let next = 0;
  const requests = paths?.length
    ? [
        {
          setupRequest: (request: { path?: string }) => {
            request.path = paths[next++ % paths.length]!;
            return request;
          },
        },
      ]
    : undefined;
  const options = { url, connections: concurrency, headers, requests } as autocannon.Options;
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode >= 400) errors++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    target: label,
    concurrency,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: errors + result.errors + result.timeouts,
  };
}

export function printTable(title: string, rows: LoadResult[]) {
  const header = ["target", "conc.", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "errors"];
  const lines = rows.map((row) => [
    row.target,
    String(row.concurrency),
    String(row.requestsPerSecond),
    row.p50.toFixed(1),
    row.p95.toFixed(1),
    row.p99.toFixed(1),
    String(row.requests),
    String(row.errors),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}
