/**
 * Who is in a notes document, as every client shows it: a name, a colour and
 * a key per person, and where their cursor is. The server writes the person
 * part of each connection's state itself (server/collab-server.ts), so nobody
 * can appear as someone else or put their own CSS into a "colour"; clients
 * still only render a colour of the strict hex form, in case a state reaches
 * them some other way. Shared by server and browser: no server imports here.
 */

/** Distinct, readable cursor colours; a person keeps theirs for the session. */
export const presencePalette = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#4d7c0f"] as const;

/** What a visitor (not signed in) is called beside their cursor, and a signed-in person without a name. */
export const VISITOR_NAME = "Visitor";
const UNNAMED_NAME = "Participant";

/** The name shown beside a person's cursor: theirs, or what they are. */
export function presenceNameFor({ isSignedIn, name }: { isSignedIn: boolean; name: string | null }): string {
  return isSignedIn ? name || UNNAMED_NAME : VISITOR_NAME;
}

const MAX_NAME_LENGTH = 80;
const hexColor = /^#[0-9a-f]{6}$/i;

export interface PresenceUser {
  name: string;
  /** One of the palette, `#rrggbb`. */
  color: string;
  /** The colour at 20 % opacity (`#rrggbb33`), for selections. */
  colorLight: string;
  /** The same for every tab of one person, different between people; reveals nothing about them. */
  key: string;
}

export interface PresenceState {
  user: PresenceUser;
  cursor?: PresenceCursor | null;
}

/**
 * A Yjs relative position as y-codemirror sends and reads it (a
 * `Y.RelativePosition` through JSON). Every field is present, null when
 * unused: Yjs tells them apart by `!== null`, so a missing one would throw.
 */
interface RelativePositionJson {
  type: { client: number; clock: number } | null;
  tname: string | null;
  item: { client: number; clock: number } | null;
  assoc: number;
}
export interface PresenceCursor {
  anchor: RelativePositionJson;
  head: RelativePositionJson;
}

export function presenceColorFor(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return presencePalette[Math.abs(hash) % presencePalette.length]!;
}

export function presenceUser({ name, key }: { name: string; key: string }): PresenceUser {
  const color = presenceColorFor(key);
  return { name: name.slice(0, MAX_NAME_LENGTH), color, colorLight: `${color}33`, key };
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function itemId(value: unknown): { client: number; clock: number } | null {
  return isRecord(value) && isCount(value.client) && isCount(value.clock) ? { client: value.client, clock: value.clock } : null;
}

function relativePosition(value: unknown): RelativePositionJson | null {
  if (!isRecord(value)) return null;
  const position: RelativePositionJson = {
    type: itemId(value.type),
    tname: typeof value.tname === "string" && value.tname.length <= 100 ? value.tname : null,
    item: itemId(value.item),
    assoc: Number.isSafeInteger(value.assoc) ? (value.assoc as number) : 0,
  };
  return position.type || position.item || position.tname ? position : null;
}

/** A cursor rebuilt from what was sent, only its known fields; null when it is not one. */
export function presenceCursor(value: unknown): PresenceCursor | null {
  if (!isRecord(value)) return null;
  const anchor = relativePosition(value.anchor);
  const head = relativePosition(value.head);
  return anchor && head ? { anchor, head } : null;
}

/**
 * What a client shows of another's state: a user with a strict hex colour (or
 * none, and the state is left out), a name of bounded length. Used on the
 * awareness the editor and the list of who is here read.
 */
export function shownPresence(state: unknown): PresenceState | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const { name, color, key } = state.user;
  if (typeof name !== "string" || typeof key !== "string" || typeof color !== "string" || !hexColor.test(color)) return null;
  return { user: { name: name.slice(0, MAX_NAME_LENGTH), color, colorLight: `${color}33`, key }, cursor: presenceCursor(state.cursor) };
}

/** A visitor's key: one per tab (their Yjs client id), since nothing else tells two visitors apart. */
export const visitorPresenceKey = (clientId: number) => `visitor-${clientId}`;
