import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext } from "@playwright/test";
import pg from "pg";
import { e2e, runtimeFile } from "./settings";

/**
 * Direct access to the app-under-test's database, for factories that give each
 * test people of its own (so tests never change shared demo accounts) and for
 * checking what was stored.
 */
let pool: pg.Pool | undefined;
export function database() {
  if (!pool) {
    const { databaseUrl } = JSON.parse(readFileSync(runtimeFile("database.json"), "utf8")) as { databaseUrl: string };
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }
  return pool;
}

export type TestRole = "user" | "member" | "chair" | "admin";

export interface TestPerson {
  id: string;
  name: string;
  email: string;
  role: TestRole;
}

export async function createPerson(role: TestRole = "user", name?: string): Promise<TestPerson> {
  const suffix = randomUUID().slice(0, 8);
  const person = { id: `e2e-${suffix}`, name: name ?? `E2E ${role} ${suffix}`, email: `e2e-${role}-${suffix}@test.invalid`, role };
  await database().query(`INSERT INTO "User" (id, name, email, role, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    person.id,
    person.name,
    person.email,
    role.toUpperCase(),
  ]);
  return person;
}

/** Signs the browser context in as the person, with a real database session. */
export async function signInAs(context: BrowserContext, person: TestPerson) {
  const token = randomBytes(32).toString("hex");
  await database().query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, $3, now() + interval '1 day', now())`, [
    `e2e-session-${randomUUID()}`,
    token,
    person.id,
  ]);
  await context.addCookies([{ name: "authjs.session-token", value: token, url: e2e.appUrl, httpOnly: true, sameSite: "Lax" }]);
}

/** A browser of its own for one person (or a visitor, with no person) and a page in it. */
export async function pageAs(browser: Browser, person?: TestPerson) {
  const context = await browser.newContext();
  if (person) await signInAs(context, person);
  return { context, page: await context.newPage() };
}
