import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

type Entry = Record<string, unknown>;

/** The shipped snapshot as an object, to change and write back in tests. */
export function snapshotEntries(): Record<string, Entry> {
  return JSON.parse(readFileSync("data/peps.json", "utf8")) as Record<string, Entry>;
}

export async function writeIndexFile(entries: Record<string, Entry> | string) {
  const folder = await mkdtemp(path.join(os.tmpdir(), "pep-index-"));
  const file = path.join(folder, "peps.json");
  await writeFile(file, typeof entries === "string" ? entries : JSON.stringify(entries));
  return file;
}
