import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // lib/db.ts imports "server-only" so that Next.js keeps the data layer out of
  // client bundles; tests run it outside Next.js, so they get the package's
  // empty module, as Next's server bundles do (see scripts/server-only-hooks.mjs).
  "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        // Whole programs in child processes; needs the production build (npm test builds it first).
        test: { name: "system", include: ["tests/system/**/*.test.ts"], environment: "node", testTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
