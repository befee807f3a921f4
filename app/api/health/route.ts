import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const startedAt = Date.now();
const DATABASE_TIMEOUT_MS = 2_000;

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const checkStarted = performance.now();
  let database: { status: "ok"; latencyMs: number } | { status: "unreachable"; error: string };
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS)),
    ]);
    database = { status: "ok", latencyMs: Math.round((performance.now() - checkStarted) * 10) / 10 };
  } catch (error) {
    database = { status: "unreachable", error: error instanceof Error && error.message.includes("no answer") ? error.message : "connection failed" };
  }
  const isHealthy = database.status === "ok";
  return Response.json(
    {
      status: isHealthy ? "ok" : "unavailable",
      app: { name: "pyhpc-hub", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
      database,
      checkedAt: new Date().toISOString(),
    },
    { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
