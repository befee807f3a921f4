import { db } from "@/lib/db";

/** A PEP's title, or null for a number no PEP has. Public, like the PEP index. */
export async function getPepTitle(number: number) {
  return (await db.pep.findUnique({ where: { number }, select: { title: true } }))?.title ?? null;
}
