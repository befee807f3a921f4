// Generates the Prisma client into lib/generated/prisma when it is missing or
// older than prisma/schema.prisma. Plain JavaScript: it runs before anything
// else is known to be installed.
//
// Prisma's CLI insists on a schema-engine binary it never uses for `generate`
// and cannot download one here, so it is pointed at Node itself.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const schema = path.join(root, "prisma", "schema.prisma");
const generated = path.join(root, "lib", "generated", "prisma", "client.ts");

export function ensurePrismaClient({ force = false } = {}) {
  if (!force && existsSync(generated) && statSync(generated).mtimeMs >= statSync(schema).mtimeMs) return false;
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("`prisma generate` failed (output above).");
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensurePrismaClient({ force: process.argv.includes("--force") });
  console.log("Prisma client is up to date in lib/generated/prisma.");
}
