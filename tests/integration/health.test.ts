import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { getAppConfig, setAppConfig } from "@/lib/config";
import { disconnectDatabase } from "@/lib/db";

describe("GET /api/health", () => {
  it("reports the app and the database as healthy", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  });

  it("answers 503 when the database is unreachable", async () => {
    const config = getAppConfig();
    await disconnectDatabase();
    setAppConfig({ ...config, databaseUrl: "postgresql://nobody:wrong@127.0.0.1:1/none" });
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "unavailable", database: { status: "unreachable" } });
    } finally {
      await disconnectDatabase();
      setAppConfig(config);
    }
  });
});
