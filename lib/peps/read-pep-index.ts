import { readFile } from "node:fs/promises";
import { projectPath } from "@/lib/paths";
import { PepIndexError } from "@/lib/peps/pep-index";

export const LIVE_PEP_INDEX_URL = "https://peps.python.org/api/peps.json";
export const SNAPSHOT_PATH = "data/peps.json";
const FETCH_TIMEOUT_MS = 20_000;

export type PepIndexSource = { kind: "url"; url: string } | { kind: "file"; path: string } | { kind: "snapshot" };

export interface PepIndexText {
  text: string;
  /** Where it came from, in words. */
  source: string;
  /** The network could not be reached, so the shipped snapshot stands in. */
  usedSnapshot: boolean;
  /** Why the snapshot was used. */
  fallbackReason?: string;
}

async function readSnapshot(): Promise<string> {
  return readFile(projectPath(SNAPSHOT_PATH), "utf8");
}

/**
 * The PEP index as text: from a URL (falling back to the snapshot shipped in
 * data/peps.json when the network is unavailable, and saying so), a file, or
 * the snapshot itself.
 */
export async function readPepIndex(source: PepIndexSource): Promise<PepIndexText> {
  if (source.kind === "snapshot") return { text: await readSnapshot(), source: `the snapshot shipped in ${SNAPSHOT_PATH}`, usedSnapshot: true };
  if (source.kind === "file") {
    try {
      return { text: await readFile(source.path, "utf8"), source: source.path, usedSnapshot: false };
    } catch (error) {
      throw new PepIndexError(`Cannot read ${source.path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(source.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
  } catch (error) {
    const reason = networkReason(error);
    return {
      text: await readSnapshot(),
      source: `the snapshot shipped in ${SNAPSHOT_PATH} (${source.url} could not be reached: ${reason})`,
      usedSnapshot: true,
      fallbackReason: reason,
    };
  }
  if (!response.ok) throw new PepIndexError(`${source.url} answered ${response.status} ${response.statusText}; nothing was imported.`);
  return { text: await response.text(), source: source.url, usedSnapshot: false };
}

function networkReason(error: unknown) {
  const cause = (error as { cause?: { code?: string } }).cause;
  if ((error as Error).name === "TimeoutError") return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN") return "the host name does not resolve";
  if (cause?.code === "ECONNREFUSED") return "the connection was refused";
  return cause?.code ?? (error as Error).message;
}
