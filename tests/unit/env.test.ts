import { describe, expect, it } from "vitest";
import { describeEnv, parseEnv } from "@/lib/env";

const problemsOf = (env: Record<string, string>) => {
  const result = parseEnv(env);
  return result.ok ? [] : result.problems;
};

describe("environment validation", () => {
  it("accepts an empty environment (the embedded demo)", () => {
    expect(parseEnv({})).toMatchObject({ ok: true });
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: " " })).toMatchObject({ ok: true });
  });

  it("names a malformed variable and says what it should look like", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://db/hub", AUTH_SECRET: "x".repeat(32), INSECURE_DEMO_SIGN_IN: "true" });
    expect(problems).toEqual([expect.stringMatching(/^DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/, e\.g\. /)]);
  });

  it("rejects ports outside 1–65535 and non-numbers", () => {
    expect(problemsOf({ PORT: "70000" })[0]).toMatch(/^PORT /);
    expect(problemsOf({ PORT: "http" })[0]).toMatch(/^PORT /);
  });

  it("requires a secret and a sign-in method with a real database", () => {
    const problems = problemsOf({ DATABASE_URL: "postgresql://hub@db.example.org/hub" });
    expect(problems.some((problem) => problem.startsWith("AUTH_SECRET is required with DATABASE_URL"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("DATABASE_URL is set but nobody could sign in"))).toBe(true);
  });

  it("accepts a production configuration with one provider", () => {
    const result = parseEnv({
      DATABASE_URL: "postgresql://hub:secret@db.example.org:5432/hub",
      AUTH_SECRET: "x".repeat(40),
      GITHUB_ID: "id",
      GITHUB_SECRET: "secret",
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("wants both halves of a provider's credentials", () => {
    expect(problemsOf({ GITHUB_ID: "id" })).toEqual([expect.stringMatching(/^GITHUB_SECRET is required when GITHUB_ID is set/)]);
    expect(problemsOf({ OIDC_ISSUER: "https://sso.example.org" })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_ID is required/),
      expect.stringMatching(/^OIDC_CLIENT_SECRET is required/),
    ]);
    expect(problemsOf({ SMTP_URL: "smtp://mail.example.org" })).toEqual([expect.stringMatching(/^EMAIL_FROM is required/)]);
  });

  it("checks short secrets, sender addresses and intervals", () => {
    expect(problemsOf({ AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET must be at least 32 characters/);
    expect(problemsOf({ SMTP_URL: "smtp://m.example.org", EMAIL_FROM: "not an address" })[0]).toMatch(/^EMAIL_FROM must be an email address/);
    expect(problemsOf({ PEP_SYNC_INTERVAL: "soon" })[0]).toMatch(/^PEP_SYNC_INTERVAL must be a number with a unit/);
    expect(problemsOf({ PEP_SYNC_INTERVAL: "10s" })[0]).toMatch(/^PEP_SYNC_INTERVAL must be at least 1m/);
    expect(problemsOf({ INSECURE_DEMO_SIGN_IN: "maybe" })[0]).toMatch(/^INSECURE_DEMO_SIGN_IN must be true or false/);
  });

  it("parses intervals and flags into their values", () => {
    const result = parseEnv({ PEP_SYNC_INTERVAL: "6h", INSECURE_DEMO_SIGN_IN: "yes", SMTP_URL: "smtp://m.example.org", EMAIL_FROM: "Hub <hub@example.org>" });
    expect(result).toMatchObject({ ok: true, env: { PEP_SYNC_INTERVAL: 6 * 3_600_000, INSECURE_DEMO_SIGN_IN: true } });
  });

  it("documents every variable it reads", () => {
    const names = describeEnv().map((variable) => variable.name);
    expect(names).toEqual(expect.arrayContaining(["DATABASE_URL", "AUTH_SECRET", "GITHUB_ID", "OIDC_ISSUER", "SMTP_URL", "REDIS_URL", "INSECURE_DEMO_SIGN_IN"]));
    expect(describeEnv().every((variable) => variable.description.length > 10)).toBe(true);
  });
});
