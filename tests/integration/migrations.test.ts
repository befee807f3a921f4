import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, diffSchemas, readMigrationFolders, schemaPath } from "@/lib/database/migrations";
import { executeScript, readCatalog } from "../support/catalog";
import { testDatabaseServerAt, uniqueDatabaseName } from "../support/test-database-server";

const server = testDatabaseServerAt(inject("testServerUrl"));
const created: string[] = [];
async function freshDatabase(prefix: string) {
  const name = uniqueDatabaseName(prefix);
  created.push(name);
  return server.createDatabase(name);
}
afterAll(async () => {
  await Promise.all(created.map((name) => server.dropDatabase(name)));
});

describe("migrations", () => {
  it("produce exactly what schema.prisma describes", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const migrated = await freshDatabase("migrated");
    const fromSchema = await freshDatabase("from_schema");
    await applyMigrations(migrated);
    await executeScript(fromSchema, await diffSchemas(fromSchema, "empty", schema));

    const [actual, expected] = await Promise.all([readCatalog(migrated), readCatalog(fromSchema)]);
    expect(actual.columns.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  it("notice a schema change that has no migration (the check can fail)", async () => {
    const schema = (await readFile(schemaPath, "utf8")).replace("model Area {", "model Area {\n  unmigratedColumn String?");
    const migrated = await freshDatabase("migrated_b");
    const changed = await freshDatabase("changed");
    await applyMigrations(migrated);
    await executeScript(changed, await diffSchemas(changed, "empty", schema));
    expect(await readCatalog(migrated)).not.toEqual(await readCatalog(changed));
  });

  it("are recorded in _prisma_migrations and applied only once", async () => {
    const database = await freshDatabase("recorded");
    const folders = await readMigrationFolders();
    expect(await applyMigrations(database)).toEqual(folders.map((folder) => folder.name));
    expect(await applyMigrations(database)).toEqual([]);
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    const { rows } = await client.query("SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name");
    await client.end();
    expect(rows.map((row) => row.migration_name)).toEqual(folders.map((folder) => folder.name));
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("keep the schema each was generated from, so the next one can be computed", async () => {
    const folders = await readMigrationFolders();
    expect(folders.length).toBeGreaterThan(0);
    expect(folders.every((folder) => folder.schema !== null)).toBe(true);
    expect(folders.at(-1)!.schema).toBe(await readFile(schemaPath, "utf8"));
  });
});
