import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

/**
 * Migrations through Prisma's own schema engine in its WebAssembly build, so
 * they work where Prisma's native engines cannot be downloaded. The result is
 * the usual `prisma/migrations/` folder and `_prisma_migrations` table, so
 * `prisma migrate deploy` can take over wherever the native engine exists.
 *
 * The engine cannot read a live database's schema through the driver adapter,
 * so new migrations are computed from schema *texts*: every migration folder
 * keeps the `schema.prisma` it was generated from, and the next migration is the
 * difference between the newest of those and the current `schema.prisma`.
 */

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
const lockfileName = "migration_lock.toml";
const lockfileContent = '# Written by `npm run db:migration`; do not edit.\nprovider = "postgresql"\n';
const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = "-- This is an empty migration.";

type SchemaEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<SchemaEngineModule> | undefined;

/**
 * Instantiates the engine's WebAssembly by hand (what a bundler would do), so
 * Node needs no `--experimental-wasm-modules` flag.
 */
function loadEngineModule(): Promise<SchemaEngineModule> {
  engineModule ??= (async () => {
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = createRequire(import.meta.url)
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmFile), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    (bindings as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return engineModule;
}

async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readFile(schemaPath, "utf8");
  // Keep the connections the engine opens: freeing the engine does not close
  // them, and an open connection blocks dropping or copying the database.
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, logEngineProblems, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

function logEngineProblems(line: string) {
  try {
    const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (entry.level === "ERROR" || entry.level === "WARN") console.warn(`schema engine: ${entry.fields?.message ?? line}`);
  } catch {
    // Not JSON: not one of the engine's structured log lines.
  }
}

interface MigrationFolder {
  name: string;
  sql: string;
  /** The schema.prisma this migration was generated from, when kept. */
  schema: string | null;
}

export async function readMigrationFolders(): Promise<MigrationFolder[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    folders.map(async (name) => {
      const sqlFile = path.join(migrationsDir, name, "migration.sql");
      const schemaFile = path.join(migrationsDir, name, "schema.prisma");
      return {
        name,
        sql: await readFile(sqlFile, "utf8"),
        schema: existsSync(schemaFile) ? await readFile(schemaFile, "utf8") : null,
      };
    }),
  );
}

function toMigrationList(folders: MigrationFolder[]): MigrationList {
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((folder) => ({
      path: folder.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: folder.sql } },
    })),
  };
}

/** Applies the migrations the database has not seen yet, like `prisma migrate deploy`. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const folders = await readMigrationFolders();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: toMigrationList(folders), filters: noFilters });
    return appliedMigrationNames;
  });
}

/** SQL that turns the schema `from` (or an empty database) into the schema `to`. */
export async function diffSchemas(databaseUrl: string, from: string | "empty", to: string): Promise<string> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: from === "empty" ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  });
}

export function isEmptyMigration(sql: string) {
  return sql.trim() === "" || sql.trim() === EMPTY_MIGRATION;
}

/**
 * Writes `prisma/migrations/<timestamp>_<name>/` with the SQL from the newest
 * kept schema to the current one. Returns null when nothing changed.
 */
export async function createMigration(databaseUrl: string, name: string, now = new Date()) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("Give the migration a name made of letters or digits, e.g. `npm run db:migration -- add_pain_points`.");
  const folders = await readMigrationFolders();
  const previous = folders.at(-1);
  if (previous && previous.schema === null) {
    throw new Error(`The newest migration, ${previous.name}, has no schema.prisma beside it, so there is nothing to compare against.`);
  }
  const current = await readFile(schemaPath, "utf8");
  const sql = await diffSchemas(databaseUrl, previous?.schema ?? "empty", current);
  if (isEmptyMigration(sql)) return null;

  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const folderName = `${stamp}_${slug}`;
  if (previous && folderName <= previous.name) {
    throw new Error(`The new migration would sort before ${previous.name}; check the system clock.`);
  }
  const folder = path.join(migrationsDir, folderName);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), sql);
  await writeFile(path.join(folder, "schema.prisma"), current);
  await writeFile(path.join(migrationsDir, lockfileName), lockfileContent);
  return { folder: path.relative(projectRoot, folder), sql };
}
