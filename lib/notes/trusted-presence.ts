import { createHash } from "node:crypto";
import type { AwarenessEntry } from "@/lib/notes/read-note-message";
import { presenceCursor, presenceNameFor, presenceUser, visitorPresenceKey, type PresenceState } from "@/lib/notes/presence";

/** A person's presence key: stable across their tabs, and no way back to their account id. */
export function presenceKeyFor(userId: string): string {
  return `p-${createHash("sha256").update(`pyhpc-presence:${userId}`).digest("base64url").slice(0, 16)}`;
}

export interface PresenceClaim {
  /** The connection's person: who the server knows it to be, not what it says. */
  person: { userId: string | null; name: string | null };
  /** Client ids this connection already speaks for. */
  ownClientIds: ReadonlySet<number>;
  /** Whether another connection speaks for a client id. */
  isClientOfAnother: (clientId: number) => boolean;
}

/**
 * The part of an awareness update the server passes on for a connection.
 * A connection speaks for one Yjs client (its document's), the first it
 * names that nobody else has; entries for any other client are dropped, so
 * nobody can change or remove another person's presence. Of a state, the
 * server writes the person itself (name and colour from the sign-in, a
 * visitor as a visitor) and keeps only a well-formed cursor: every other
 * field a client sends is dropped.
 */
export function trustedAwarenessEntries(entries: AwarenessEntry[], { person, ownClientIds, isClientOfAnother }: PresenceClaim): AwarenessEntry[] {
  const claimed = ownClientIds.size > 0 ? undefined : entries.find((entry) => entry.state !== null && !isClientOfAnother(entry.clientId))?.clientId;
  const trusted: AwarenessEntry[] = [];
  for (const entry of entries) {
    if (!ownClientIds.has(entry.clientId) && entry.clientId !== claimed) continue;
    if (entry.state === null) {
      trusted.push(entry);
      continue;
    }
    const sent = entry.state as { cursor?: unknown } | undefined;
    const name = presenceNameFor({ isSignedIn: person.userId !== null, name: person.name });
    const key = person.userId ? presenceKeyFor(person.userId) : visitorPresenceKey(entry.clientId);
    const state: PresenceState = { user: presenceUser({ name, key }), cursor: presenceCursor(sent?.cursor) };
    trusted.push({ ...entry, state });
  }
  return trusted;
}
