import { randomUUID } from "node:crypto";
import { createSession as createSignInSession } from "@/lib/auth/session";
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

export interface MemberOptions {
  name?: string;
  /** Stored role while a member: member by default, chair for a chair. */
  role?: "member" | "chair" | "admin";
  consented?: boolean;
  status?: "ACTIVE" | "SUSPENDED" | "LEFT";
  lastActiveAt?: Date;
  country?: string;
  affiliationKind?: string;
  areas?: string[];
}

/** A member with a directory entry, as an approved request and a later state change would leave it (a former member is a user again). */
export async function createMember({ name, role = "member", consented = true, status = "ACTIVE", lastActiveAt = new Date(), country = "DE", affiliationKind = "university", areas = ["packaging"] }: MemberOptions = {}) {
  const person = await createPerson({ role: status === "LEFT" ? "user" : role, name });
  await db.membership.create({
    data: { userId: person.id, affiliation: `${person.name} Example Institute`, affiliationKind, roleAtAffiliation: "Engineer", country, areas, isPublicListingConsented: consented, status, lastActiveAt, orcid: "0000-0002-1825-0097", githubHandle: "octocat" },
  });
  return person;
}

/** A new person with a sign-in session, for clients that present its token as the browser's cookie would. */
export async function createSignedInPerson(role: SignedInRole = "user") {
  const person = await createPerson({ role });
  const { sessionToken } = await createSignInSession(person.id);
  return { ...person, sessionToken };
}

export interface SessionOptions {
  /** Start and end, in hours from now; under way by default. */
  hoursFromNow?: [number, number];
  visibility?: "PUBLIC" | "MEMBERS";
  notesEditors?: "SIGNED_IN" | "MEMBERS" | "CHAIRS";
  questionsNeedApproval?: boolean;
  /** The notes' Markdown; without it the session has no notes document yet. */
  notes?: string;
  /** Agenda items as [title, minutes], in order. */
  agenda?: [string, number][];
}

/** A BoF session (not a sign-in session) with a unique slug and title. */
export async function createSession({ hoursFromNow = [-0.5, 1], visibility = "PUBLIC", notesEditors = "SIGNED_IN", questionsNeedApproval = false, notes, agenda = [] }: SessionOptions = {}) {
  const slug = `session-${randomUUID().slice(0, 8)}`;
  return db.bofSession.create({
    data: {
      slug,
      title: `Test session ${slug}`,
      startsAt: new Date(Date.now() + hoursFromNow[0] * 3_600_000),
      endsAt: new Date(Date.now() + hoursFromNow[1] * 3_600_000),
      timeZone: "Europe/Berlin",
      visibility,
      notesEditors,
      questionsNeedApproval,
      ...(notes !== undefined ? { notes: { create: { markdown: notes } } } : {}),
      agendaItems: { create: agenda.map(([title, minutes], position) => ({ position, title, minutes })) },
    },
  });
}
