import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { StartupError } from "@/lib/startup-error";

/** Everything that goes into the production build. */
const buildInputs = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const ignoredFolders = new Set(["generated", "node_modules", ".next"]);

async function listFiles(root: string, relative: string): Promise<string[]> {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return [relative];
  const nested = await Promise.all(
    entries
      .filter((entry) => !ignoredFolders.has(entry.name))
      .map((entry) => (entry.isDirectory() ? listFiles(root, path.join(relative, entry.name)) : Promise.resolve([path.join(relative, entry.name)]))),
  );
  return nested.flat();
}

/** A hash of the build's inputs' contents (not times, which a checkout changes). */
export async function hashBuildInputs(root: string) {
  const files = (await Promise.all(buildInputs.map((input) => listFiles(root, input)))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file).update("\0").update(await readFile(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "pyhpc-build-inputs.sha256");

/** Builds the app unless a build of exactly the current sources exists. Returns whether it built. */
export async function ensureProductionBuild(root: string, log: (message: string) => void = console.info): Promise<boolean> {
  const hash = await hashBuildInputs(root);
  const isCurrent =
    existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile(root)) && (await readFile(stampFile(root), "utf8")).trim() === hash;
  if (isCurrent) return false;

  log("Building the app for production (first start or changed sources; this takes a minute or two)…");
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new StartupError(`The production build failed (exit code ${code}); see the output above.`))));
  });
  await writeFile(stampFile(root), `${hash}\n`);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}
