import { z } from "zod";

/**
 * Every environment variable the app reads, validated in one place at start-up.
 * Each field's description is what README's configuration table says about it.
 */

/** Unset and empty mean the same thing: `FOO=` in a shell or a .env file. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const urlWithProtocols = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}, e.g. ${example}` },
  );

const booleanFlag = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => ["true", "false", "1", "0", "yes", "no"].includes(value), { message: "must be true or false" })
  .transform((value) => ["true", "1", "yes"].includes(value));

/** "90s", "30m", "6h", "1d" → milliseconds. */
const duration = z
  .string()
  .regex(/^\d+\s*(s|m|h|d)$/i, { message: 'must be a number with a unit s, m, h or d, e.g. "6h"' })
  .transform((value) => {
    const amount = Number.parseInt(value, 10);
    const unit = value.trim().slice(-1).toLowerCase() as "s" | "m" | "h" | "d";
    return amount * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
  })
  .refine((ms) => ms >= 60_000, { message: "must be at least 1m" });

const emailSender = z
  .string()
  .regex(/^(?:[^<>]+<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'must be an email address, optionally with a name: "PyHPC Hub <hub@example.org>"',
  });

const envShape = {
    NODE_ENV: optional(z.enum(["development", "production", "test"])),
    PORT: optional(
      z
        .string()
        .regex(/^\d+$/, { message: "must be a port number between 1 and 65535" })
        .transform(Number)
        .refine((port) => port >= 1 && port <= 65535, { message: "must be a port number between 1 and 65535" }),
    ).describe(
      "Port the app listens on (default 3000).",
    ),
    HOST: optional(z.string()).describe("Address the app listens on (default 127.0.0.1 on the embedded demo database, 0.0.0.0 otherwise)."),
    DATABASE_URL: optional(urlWithProtocols(["postgres:", "postgresql:"], "postgresql://hub:secret@db.example.org:5432/pyhpc_hub")).describe(
      "PostgreSQL 15+ to use. Unset: an embedded PostgreSQL with demo data under .data/.",
    ),
    DATA_DIR: optional(z.string()).describe("Folder for the embedded PostgreSQL and the secrets generated for it (default .data in the project)."),
    AUTH_SECRET: optional(z.string().min(32, { message: "must be at least 32 characters; generate one with `openssl rand -base64 32`" })).describe(
      "Secret for session and sign-in tokens. Required with DATABASE_URL; generated and kept in .data/ otherwise.",
    ),
    AUTH_URL: optional(urlWithProtocols(["http:", "https:"], "https://hub.example.org")).describe(
      "Public URL of the app, used in sign-in emails and OAuth callbacks. HTTPS here makes cookies Secure.",
    ),
    GITHUB_ID: optional(z.string()).describe("GitHub OAuth app client ID (enables “Sign in with GitHub”)."),
    GITHUB_SECRET: optional(z.string()).describe("GitHub OAuth app client secret."),
    OIDC_ISSUER: optional(urlWithProtocols(["http:", "https:"], "https://sso.example.org/realms/hpc")).describe(
      "OpenID Connect issuer URL (institutional SSO, ORCID) — enables that sign-in.",
    ),
    OIDC_CLIENT_ID: optional(z.string()).describe("OpenID Connect client ID."),
    OIDC_CLIENT_SECRET: optional(z.string()).describe("OpenID Connect client secret."),
    OIDC_LABEL: optional(z.string().max(60, { message: "must be at most 60 characters" })).describe(
      'Button label for the OpenID Connect sign-in (default "Institutional sign-in").',
    ),
    SMTP_URL: optional(urlWithProtocols(["smtp:", "smtps:"], "smtps://user:password@mail.example.org:465")).describe(
      "SMTP server for sign-in links and notifications (enables email sign-in).",
    ),
    EMAIL_FROM: optional(emailSender).describe("Sender of the app's emails, e.g. PyHPC Hub <hub@example.org>."),
    REDIS_URL: optional(urlWithProtocols(["redis:", "rediss:"], "redis://127.0.0.1:6379")).describe(
      "Redis shared by several app processes (see README, running several instances).",
    ),
    INSECURE_DEMO_SIGN_IN: optional(booleanFlag).describe(
      "true lets anyone sign in as a demo person without a password. Only for tests and throwaway demos; on by itself with the embedded database.",
    ),
    PEP_SYNC_INTERVAL: optional(duration).describe('Run the PEP index sync this often, e.g. "6h". Unset: only on demand.'),
};

export const envSchema = z.object(envShape);

type RawEnv = Record<string, string | undefined>;
const isSet = (source: RawEnv, name: string) => typeof source[name] === "string" && source[name]!.trim() !== "";

/**
 * Rules that tie variables together. They read the raw values, so they are
 * reported alongside any malformed ones rather than after they are fixed.
 */
function crossFieldProblems(source: RawEnv): string[] {
  const problems: string[] = [];
  const requireTogether = (names: string[], why: string) => {
    const present = names.filter((name) => isSet(source, name));
    if (present.length === 0 || present.length === names.length) return;
    for (const name of names.filter((n) => !isSet(source, n))) {
      problems.push(`${name} is required when ${present.join(" and ")} ${present.length > 1 ? "are" : "is"} set (${why})`);
    }
  };
  requireTogether(["GITHUB_ID", "GITHUB_SECRET"], "GitHub sign-in");
  requireTogether(["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"], "OpenID Connect sign-in");
  requireTogether(["SMTP_URL", "EMAIL_FROM"], "email");

  if (isSet(source, "DATABASE_URL")) {
    if (!isSet(source, "AUTH_SECRET")) problems.push("AUTH_SECRET is required with DATABASE_URL; generate one with `openssl rand -base64 32`");
    const hasProvider = ["GITHUB_ID", "OIDC_ISSUER", "SMTP_URL"].some((name) => isSet(source, name));
    const isInsecureDemo = booleanFlag.safeParse(source.INSECURE_DEMO_SIGN_IN ?? "false").data === true;
    if (!hasProvider && !isInsecureDemo) {
      problems.push(
        "DATABASE_URL is set but nobody could sign in: configure at least one sign-in method " +
          "(GITHUB_ID + GITHUB_SECRET, OIDC_ISSUER + OIDC_CLIENT_ID + OIDC_CLIENT_SECRET, or SMTP_URL + EMAIL_FROM)",
      );
    }
  }
  return problems;
}

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

export function parseEnv(source: RawEnv = process.env): EnvResult {
  const result = envSchema.safeParse(source);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => {
          const name = issue.path.join(".") || "environment";
          return `${name} ${issue.code === "invalid_type" ? "has the wrong form" : issue.message}`;
        })),
    ...crossFieldProblems(source),
  ];
  if (result.success && problems.length === 0) return { ok: true, env: result.data };
  return { ok: false, problems };
}

/** Documented variables, for the README table and `--help` output. */
export function describeEnv(): { name: string; description: string }[] {
  return Object.entries(envShape).flatMap(([name, schema]) => (schema.description ? [{ name, description: schema.description }] : []));
}
