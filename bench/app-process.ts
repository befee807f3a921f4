import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { findFreePort } from "@/lib/database/embedded-postgres";

export interface BenchApp {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The production app in its own process (so the load generator does not
 * share its event loop), on an embedded database of its own under .data/bench.
 */
export async function startBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const port = await findFreePort(3900);
  const child = spawn(process.execPath, ["scripts/bootstrap.mjs", "start"], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), DATA_DIR: path.join(process.cwd(), ".data", "bench"), NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${output}`);
    if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    url,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
