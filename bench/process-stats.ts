import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "@/lib/database/embedded-postgres";
import { readFileSync, writeFileSync } from "node:fs";

/** Measurements of a server process from /proc, and the Markdown tables the suites print. */

const clockTicks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** CPU time (user + system) a process has used, in ms. */
export function cpuMs(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces), from field 3 on: utime is field 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
}

/** Resident memory now and at its peak (since the process started or the peak was reset), in kB. */
export function memoryKb(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/**
 * Starts a phase's memory peak: resets the kernel's high-water mark (VmHWM,
 * writable since Linux 4.0) so it covers the phase alone. Where that is not
 * allowed, samples VmRSS every 50 ms instead.
 */
export function resetPeakMemory(pid: number) {
  let isExact = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    isExact = false;
  }
  let sampled = memoryKb(pid).rss;
  const timer = isExact ? undefined : setInterval(() => (sampled = Math.max(sampled, memoryKb(pid).rss)), 50);
  return {
    stop() {
      clearInterval(timer);
      return isExact ? memoryKb(pid).peak : Math.max(sampled, memoryKb(pid).rss);
    },
  };
}

export function printTable(title: string, header: string[], lines: string[][]) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`);
  for (const line of lines) console.log(format(line));
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** What the server wrote on stderr, line by line. */
  errors: string[];
  stop(): Promise<void>;
}

/**
 * Starts a server under test in a process of its own (so its CPU and memory
 * can be read apart from the clients'), on a free port given as PORT; waits
 * until it prints "ready". SIGTERM stops it, SIGKILL after 15 s.
 */
export async function startServerProcess({ script, label, env, nodeFlags = [] }: { script: string; label: string; env: Record<string, string>; nodeFlags?: string[] }): Promise<ServerProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeFlags, "--import", "tsx", "--import", "./scripts/register-server-only.mjs", script], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const errors: string[] = [];
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk;
    const lines = stderr.split("\n");
    stderr = lines.pop()!;
    errors.push(...lines.filter((line) => line.trim()));
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk;
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`${label} stopped while starting (exit ${code}):\n${errors.join("\n")}${stderr}`)));
  });
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    errors,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill("SIGTERM");
      })),
  };
}
