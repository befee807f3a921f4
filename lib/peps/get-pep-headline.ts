import { db } from "@/lib/db";

/** A PEP's number, title and status (what a statement about it shows), or null for a number no PEP has. Public, like the PEP index. */
export function getPepHeadline(number: number) {
  return db.pep.findUnique({ where: { number }, select: { number: true, title: true, status: true, pythonVersions: true } });
}
