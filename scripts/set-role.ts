// npm run users:role -- <email> <user|member|chair|admin>
// Gives a person a role from the server's command line, e.g. the first admin.
import { setAppConfig } from "@/lib/config";
import { openDatabase } from "@/lib/database/open-database";
import { disconnectDatabase } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { StartupError } from "@/lib/startup-error";
import { setRoleByOperator } from "@/lib/users/set-role-by-operator";
import { runCli } from "./run-cli";

const roles = ["user", "member", "chair", "admin"] as const;

runCli(async () => {
  const [email, role] = process.argv.slice(2);
  if (!email || !roles.includes(role as (typeof roles)[number])) {
    throw new StartupError("Usage: npm run users:role -- <email> <user|member|chair|admin>");
  }
  const parsed = parseEnv();
  if (!parsed.ok) throw new StartupError(`The environment is not valid: ${parsed.problems.join("; ")}`);
  const database = await openDatabase({ databaseUrl: parsed.env.DATABASE_URL, dataRoot: parsed.env.DATA_DIR });
  setAppConfig({ env: parsed.env, databaseUrl: database.url, isEmbeddedDatabase: database.isEmbedded, authSecret: "", isDemoSignInEnabled: false });
  try {
    const result = await setRoleByOperator({ email, role: role as (typeof roles)[number] });
    console.log(result.changed ? `${email}: ${result.from} → ${result.to} (recorded in the audit log).` : `${email} already is ${result.to}.`);
  } catch (error) {
    throw isAppError(error) ? new StartupError(error.message) : error;
  } finally {
    await disconnectDatabase();
    await database.close();
  }
});
