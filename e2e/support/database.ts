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
  // Members and chairs have a membership, as joining gives them (an empty, unlisted entry, like the migration's for earlier members).
  if (role === "member" || role === "chair") {
    await database().query(`INSERT INTO "Membership" ("userId", affiliation, "affiliationKind", "roleAtAffiliation", country, areas, "updatedAt") VALUES ($1, '', 'other', '', '', '{}', now())`, [person.id]);
  }
  return person;
}

export interface TestSession {
  id: number;
  slug: string;
  title: string;
  /** The session's page. */
  path: string;
}

/**
 * A BoF session (not a sign-in session) written straight to the database, with a
 * unique slug and, unless given, title. Under way unless told otherwise.
 */
export async function createSession({
  title,
  minutesFromNow = [-10, 60],
  timeZone = "Europe/Berlin",
  visibility = "PUBLIC",
  notesEditors = "SIGNED_IN",
  videoUrl = null,
  notes,
  agenda = [],
}: {
  title?: string;
  /** Start and end, in minutes from now. */
  minutesFromNow?: [number, number];
  timeZone?: string;
  visibility?: "PUBLIC" | "MEMBERS";
  notesEditors?: "SIGNED_IN" | "MEMBERS" | "CHAIRS";
  videoUrl?: string | null;
  /** The notes' Markdown (searchable); without it the session has no notes document yet. */
  notes?: string;
  /** Agenda items as [title, minutes], in order. */
  agenda?: [string, number][];
} = {}): Promise<TestSession> {
  const slug = `e2e-session-${randomUUID().slice(0, 8)}`;
  const session = { slug, title: title ?? `E2E session ${slug}`, path: `/sessions/${slug}` };
  const { rows } = await database().query<{ id: number }>(
    `INSERT INTO "BofSession" (slug, title, "startsAt", "endsAt", "timeZone", visibility, "notesEditors", "videoUrl", "updatedAt")
     VALUES ($1, $2, now() + make_interval(mins => $3), now() + make_interval(mins => $4), $5, $6, $7, $8, now()) RETURNING id`,
    [slug, session.title, minutesFromNow[0], minutesFromNow[1], timeZone, visibility, notesEditors, videoUrl],
  );
  const id = rows[0]!.id;
  if (notes !== undefined) {
    await database().query(`INSERT INTO "NoteDocument" ("sessionId", markdown, "mentionedPeps", "updatedAt", "searchVector") VALUES ($1, $2, '{}', now(), to_tsvector('english', $2))`, [id, notes]);
  }
  for (const [position, [itemTitle, minutes]] of agenda.entries()) {
    await database().query(`INSERT INTO "AgendaItem" ("sessionId", position, title, minutes) VALUES ($1, $2, $3, $4)`, [id, position, itemTitle, minutes]);
  }
  return { id, ...session };
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
