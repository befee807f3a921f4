import { describe, expect, it } from "vitest";
import { isDemoSignInAllowed } from "@/lib/config";
import { parseEnv, type Env } from "@/lib/env";

const env = (variables: Record<string, string>): Env => {
  const parsed = parseEnv(variables);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.env;
};

describe("demo sign-in", () => {
  it("is on for the embedded demo database", () => {
    expect(isDemoSignInAllowed({ isEmbeddedDatabase: true, env: env({}) })).toBe(true);
  });

  it("is off on a real database unless explicitly, insecurely, asked for", () => {
    const real = { DATABASE_URL: "postgresql://hub@db.example.org/hub", AUTH_SECRET: "s".repeat(40), GITHUB_ID: "id", GITHUB_SECRET: "secret" };
    expect(isDemoSignInAllowed({ isEmbeddedDatabase: false, env: env(real) })).toBe(false);
    expect(isDemoSignInAllowed({ isEmbeddedDatabase: false, env: env({ ...real, INSECURE_DEMO_SIGN_IN: "false" }) })).toBe(false);
    expect(isDemoSignInAllowed({ isEmbeddedDatabase: false, env: env({ ...real, INSECURE_DEMO_SIGN_IN: "true" }) })).toBe(true);
  });
});
