import { parseEnv, type Env } from "@/lib/env";

/**
 * What the running app needs to know about its deployment: the validated
 * environment plus what the launcher decided (which database, the secret it
 * generated for the embedded demo).
 *
 * The launcher (server/launch.ts) computes this before Next.js loads and keeps
 * it on the process, out of reach of environment variables: whether the app
 * runs on the embedded demo database is a fact of this process, and that fact
 * alone must never be forgeable from outside, since it enables demo sign-in.
 */
export interface AppConfig {
  env: Env;
  databaseUrl: string;
  /** The embedded PostgreSQL under .data/, started by this process. */
  isEmbeddedDatabase: boolean;
  authSecret: string;
  /** Sign in as a seeded demo person without a password. */
  isDemoSignInEnabled: boolean;
}

const configKey = Symbol.for("pyhpc-hub.config");
type ConfigHolder = { [configKey]?: AppConfig };

export function setAppConfig(config: AppConfig) {
  (globalThis as ConfigHolder)[configKey] = config;
}

/**
 * The launcher's config, or — in processes it did not start (integration
 * tests, one-off scripts) — one derived from the environment alone.
 */
export function getAppConfig(): AppConfig {
  const holder = globalThis as ConfigHolder;
  holder[configKey] ??= configFromEnvironment();
  return holder[configKey];
}

function configFromEnvironment(): AppConfig {
  const parsed = parseEnv();
  if (!parsed.ok) throw new Error(`Invalid environment: ${parsed.problems.join("; ")}`);
  const { env } = parsed;
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set and this process was not started by the app's launcher.");
  return {
    env,
    databaseUrl: env.DATABASE_URL,
    isEmbeddedDatabase: false,
    authSecret: env.AUTH_SECRET ?? "",
    isDemoSignInEnabled: isDemoSignInAllowed({ isEmbeddedDatabase: false, env }),
  };
}

/** Demo sign-in exists only on the embedded demo database or when explicitly, insecurely, asked for. */
export function isDemoSignInAllowed({ isEmbeddedDatabase, env }: { isEmbeddedDatabase: boolean; env: Env }) {
  return isEmbeddedDatabase || env.INSECURE_DEMO_SIGN_IN === true;
}
