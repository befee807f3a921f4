import { actorFor, findSessionUser, type SessionUser } from "@/lib/auth/session";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";

/**
 * One kind of live document the collaboration server serves (a session's
 * notes, a statement's text). The server (server/collab-server.ts) does what
 * every kind shares — limits, the rate budget, reading messages, trusted
 * presence, logging each update before it is acknowledged, storing on a
 * debounce, Redis — and asks the kind only what differs.
 */
export interface CollabDocumentKind {
  /** Whether a document name is one of this kind's. */
  isNamed(documentName: string): boolean;
  /** Who is connecting and what they may do; throws an AppError (its message reaches the client) to refuse. */
  authorize(request: { documentName: string; cookieHeader: string | undefined }): Promise<CollabAccess>;
  /** Everything stored for a document, to apply in order; creates what is missing. */
  load(documentName: string): Promise<StoredCollabDocument>;
  /**
   * Makes an update durable before it is applied and acknowledged. A kind may
   * refuse it (the document takes no edits now): the server then closes the
   * connection with the reason, and the client reconnects with fresh rights.
   */
  log(entry: { documentId: number; update: Uint8Array; access: CollabAccess }): Promise<LogOutcome>;
  /** Merges the process's copy and the whole log into the stored state. */
  store(document: { documentId: number; state: Uint8Array }): Promise<void>;
  /** What the person is told when the document reaches its size limit. */
  sizeLimitReason: string;
}

/** A connection's rights, decided when it opens. One object per connection. */
export interface CollabAccess {
  actor: Actor;
  /** Shown to the others beside this person's cursor. */
  userName: string | null;
  canEdit: boolean;
}

export interface StoredCollabDocument {
  documentId: number;
  /** The state followed by the logged updates, to apply in this order. */
  updates: Uint8Array[];
}

export type LogOutcome = { isLogged: true } | { isLogged: false; reason: string };

/**
 * The person behind a collaboration connection, from the page's sign-in
 * cookie: a visitor without one, a refusal for an expired one (signing in
 * again helps, which "not found" would hide).
 */
export async function connectingPerson(cookieHeader: string | undefined, expiredMessage: string): Promise<{ user: SessionUser | null; actor: Actor }> {
  const token = sessionTokenFromCookieHeader(cookieHeader);
  const user = token ? await findSessionUser(token) : null;
  if (token && !user) throw new AppError("UNAUTHENTICATED", expiredMessage);
  return { user, actor: actorFor(user) };
}
