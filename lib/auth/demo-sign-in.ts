import { createSession } from "@/lib/auth/session";
import { getAppConfig } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleFromStored } from "@/lib/permissions";

/** The seeded demo people, for the sign-in page's picker. */
export async function listDemoPeople() {
  if (!getAppConfig().isDemoSignInEnabled) return [];
  const people = await db.user.findMany({
    where: { isDemo: true },
    select: { id: true, name: true, headline: true, role: true },
    orderBy: [{ role: "desc" }, { name: "asc" }],
  });
  return people.map((person) => ({ ...person, role: roleFromStored[person.role] }));
}

/**
 * Signs in as a seeded demo person without a password — only where the
 * deployment allows it (the embedded demo database, or INSECURE_DEMO_SIGN_IN).
 */
export async function signInAsDemoPerson({ userId }: { userId: string }) {
  if (!getAppConfig().isDemoSignInEnabled) {
    throw new AppError("FORBIDDEN", "Demo sign-in is not available on this site. Use one of the sign-in methods shown.");
  }
  const person = await db.user.findFirst({ where: { id: userId, isDemo: true }, select: { id: true } });
  if (!person) throw new AppError("NOT_FOUND", "That demo person does not exist (any more). Pick another one.");
  return createSession(person.id);
}
