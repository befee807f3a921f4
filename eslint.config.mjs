import path from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const root = import.meta.dirname;

/**
 * Modules that must never reach the browser, as paths from the root ("server-only"
 * is the package). Files that reach them through other modules are refused by
 * `next build`, because lib/db.ts imports "server-only"; this rule names the
 * direct import where it is written.
 */
const serverOnlyModules = ["server-only", "lib/db", "lib/database/", "lib/generated/prisma/client", "server/"];

/** A "use client" file must not import a server-only module (type-only imports are erased, so they may). */
const noServerImportsInClient = {
  meta: { type: "problem", schema: [], messages: { serverOnly: '"{{source}}" is server-only; a "use client" module must not import it. Pass the data or a Server Action in as a prop.' } },
  create(context) {
    const isClientModule = context.sourceCode.ast.body.some((node) => node.directive === "use client");
    if (!isClientModule) return {};
    const fromRoot = (source) => {
      if (source.startsWith("@/")) return source.slice(2);
      if (source.startsWith(".")) return path.relative(root, path.resolve(path.dirname(context.filename), source));
      return source;
    };
    const check = (node) => {
      if (node.importKind === "type" || node.exportKind === "type" || !node.source) return;
      const target = fromRoot(String(node.source.value));
      if (serverOnlyModules.some((module) => (module.endsWith("/") ? target.startsWith(module) : target === module || target.startsWith(`${module}.`)))) {
        context.report({ node: node.source, messageId: "serverOnly", data: { source: node.source.value } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (node) => node.source.type === "Literal" && check({ source: node.source }) };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      // Unused values are almost always a leftover; a leading underscore marks the deliberate ones.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    // Layers, top to bottom: app/ (routes) and server/ (the HTTP server around Next.js), then components/, then
    // lib/ (the domain). Imports only go down; what a lower layer needs from a higher one is passed in (a prop, an argument).
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./components", from: ["./app", "./server"], message: "Components are used by routes, not the other way round; pass what is needed in as a prop." },
            { target: "./lib", from: ["./app", "./server"], message: "lib/ is the domain below routes and the HTTP server; move what both need into lib/." },
          ],
        },
      ],
    },
  },
  {
    plugins: { layers: { rules: { "no-server-imports-in-client": noServerImportsInClient } } },
    rules: { "layers/no-server-imports-in-client": "error" },
  },
  {
    // Command-line programs talk to their user on stdout.
    files: ["scripts/**", "server/**", "e2e/**", "bench/**"],
    rules: { "no-console": "off" },
  },
]);
