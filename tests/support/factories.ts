import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor, SignedInRole } from "@/lib/permissions";
import { storedFromRole } from "@/lib/permissions";

/** A person with a unique name and address, so tests never collide. */
export async function createPerson({ role = "user", name }: { role?: SignedInRole; name?: string } = {}) {
  const id = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: { name: name ?? `Test ${role} ${id}`, email: `${role}-${id}@test.invalid`, role: storedFromRole[role] },
    select: { id: true, name: true, email: true, role: true },
  });
  const actor: Actor = { userId: user.id, role };
  return { ...user, actor };
}
