import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file here: migrations run through the
// WebAssembly schema engine (see scripts/db/), because Prisma's native engines
// cannot be downloaded in every environment this project must run in.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
