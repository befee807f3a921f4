// Entry point of `npm start`, `npm run dev` and `npm test` on any checkout,
// fresh or not. Plain JavaScript with Node's own modules only, because it runs
// before dependencies are known to be installed:
//   1. install dependencies when node_modules is missing or older than the lockfile;
//   2. generate the Prisma client when it is missing or older than the schema;
//   3. hand over to the TypeScript launcher (server/launch.ts) or test runner.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const command = process.argv[2] ?? "start";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`✖ PyHPC Hub needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

function ensureDependencies() {
  const lockfile = path.join(root, "package-lock.json");
  const installed = path.join(root, "node_modules", ".package-lock.json");
  const isCurrent = existsSync(installed) && (!existsSync(lockfile) || statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs);
  if (isCurrent) return;
  // `npm install`, not `npm ci`: registries that lack other platforms' optional
  // binaries (darwin, win32…) leave them out of the lockfile, which `npm ci`
  // rejects as out of sync. With a lockfile present, install still follows it.
  const args = ["install", "--no-audit", "--no-fund"];
  console.info("Installing dependencies (npm install); the first time takes a minute…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("✖ Installing dependencies failed (see above). Is the npm registry reachable?");
    process.exit(1);
  }
}

ensureDependencies();
const { ensurePrismaClient } = await import(pathToFileURL(path.join(root, "scripts", "generate-prisma-client.mjs")).href);
ensurePrismaClient();

// From here on TypeScript runs directly, through tsx.
const { register } = await import("tsx/esm/api");
register();
// The launcher and test runner import lib/db.ts outside Next.js (see scripts/server-only-hooks.mjs).
await import("./register-server-only.mjs");

if (command === "test") {
  await import(pathToFileURL(path.join(root, "scripts", "run-tests.ts")).href);
} else if (command === "bench") {
  process.argv.splice(2, 1);
  await import(pathToFileURL(path.join(root, "bench", "run.ts")).href);
} else if (command === "start" || command === "dev") {
  // React and Next.js pick their production or development builds from this;
  // a stray NODE_ENV in the shell must not slow down or break `npm start`.
  process.env.NODE_ENV = command === "start" ? "production" : "development";
  const { launch } = await import(pathToFileURL(path.join(root, "server", "launch.ts")).href);
  const { StartupError } = await import(pathToFileURL(path.join(root, "lib", "startup-error.ts")).href);
  try {
    await launch({ mode: command });
  } catch (error) {
    if (error instanceof StartupError || error?.name === "StartupError") console.error(`\n✖ ${error.message}\n`);
    else console.error(error);
    process.exit(1);
  }
} else {
  console.error(`✖ Unknown command "${command}"; use start, dev, test or bench.`);
  process.exit(1);
}
