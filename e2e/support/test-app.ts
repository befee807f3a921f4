/**
 * The app under test, run as a Playwright web server: a fresh database on the
 * test PostgreSQL, then the real launcher in production mode with every
 * sign-in method pointed at the local stand-ins.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { launch } from "@/server/launch";
import { startTestDatabaseServer } from "@/tests/support/test-database-server";
import { e2e, runtimeFile } from "./settings";

const server = await startTestDatabaseServer();
const databaseUrl = await server.createDatabase(e2e.databaseName);
await mkdir(e2e.runtimeDir, { recursive: true });
await writeFile(runtimeFile("database.json"), JSON.stringify({ databaseUrl }));

const app = await launch({
  mode: "start",
  isInteractive: false,
  environment: {
    NODE_ENV: "production",
    PORT: String(e2e.appPort),
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-auth-secret-e2e-auth-secret-e2e",
    AUTH_URL: e2e.appUrl,
    INSECURE_DEMO_SIGN_IN: "true",
    OIDC_ISSUER: e2e.oidcIssuer,
    OIDC_CLIENT_ID: e2e.oidcClient.id,
    OIDC_CLIENT_SECRET: e2e.oidcClient.secret,
    OIDC_LABEL: e2e.oidcClient.label,
    SMTP_URL: `smtp://127.0.0.1:${e2e.smtpPort}`,
    EMAIL_FROM: e2e.mailFrom,
  },
});
console.log(`App under test at ${app.url}`);

let isStopping = false;
const stop = async () => {
  if (isStopping) return;
  isStopping = true;
  await app.stop();
  await server.dropDatabase(e2e.databaseName).catch(() => {});
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
