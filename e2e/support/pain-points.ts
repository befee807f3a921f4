import { randomUUID } from "node:crypto";
import { database, type TestPerson } from "./database";

/**
 * A report filed straight into the database, as reporting would leave it (its
 * area, the reporter counted as affected, the first history entry), for tests
 * about what happens to a report afterwards.
 */
export async function createPainPoint(
  reporter: TestPerson,
  { title = `E2E report ${randomUUID().slice(0, 8)} about slow imports`, filesystem = "lustre", isReporterPublic = false }: { title?: string; filesystem?: string; isReporterPublic?: boolean } = {},
) {
  const { rows } = await database().query<{ id: number }>(
    `WITH report AS (
       INSERT INTO "PainPoint" (title, description, severity, "reporterId", "isReporterPublic", filesystem, "affectedCount", "siteCount", "updatedAt", "lastActivityAt", "searchVector")
       VALUES ($1, 'Every rank stats thousands of files while importing.', 'COSTS_HOURS', $2, $3, $4, 1, 0, now(), now(), to_tsvector('english', $1))
       RETURNING id)
     INSERT INTO "PainPointArea" ("painPointId", "areaSlug") SELECT id, 'startup-import' FROM report RETURNING "painPointId" AS id`,
    [title, reporter.id, isReporterPublic, filesystem],
  );
  const id = rows[0]!.id;
  await database().query(`INSERT INTO "PainPointVote" ("painPointId", "userId") VALUES ($1, $2)`, [id, reporter.id]);
  await database().query(`INSERT INTO "PainPointStatusChange" (id, "painPointId", "toStatus", reason, "changedById") VALUES (gen_random_uuid()::text, $1, 'NEW', 'Reported', $2)`, [id, reporter.id]);
  return { id, title };
}
