import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";

/**
 * One signed-in person per client, as in a real meeting (each connection's
 * cookie is checked on its own). Ids start with the prefix, so a suite can
 * remove its people afterwards and before it starts again.
 */
export async function prepareBenchPeople(prisma: Database, prefix: string, count: number) {
  await prisma.user.deleteMany({ where: { id: { startsWith: prefix } } });
  const people = Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, name: `Bench person ${index}`, token: randomBytes(32).toString("hex") }));
  await prisma.user.createMany({ data: people.map(({ id, name }) => ({ id, name })) });
  const expires = new Date(Date.now() + 86_400_000);
  await prisma.session.createMany({ data: people.map(({ id, token }) => ({ userId: id, sessionToken: token, expires })) });
  return people.map(({ id, name, token }) => ({ id, name, cookie: `authjs.session-token=${token}` }));
}
