import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** Hocuspocus message types (its own numbering; Sync carries y-protocols' sync messages). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_SYNC_REPLY = 4;
const MESSAGE_BROADCAST_STATELESS = 6;
/** y-protocols sync message types that carry document changes. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** What a raw collaboration message from a client carries, as far as the server cares. */
export type NoteMessage =
  | { kind: "document-update"; update: Uint8Array }
  | { kind: "awareness"; entries: AwarenessEntry[] }
  /** A message Hocuspocus would relay to every connection unread; the notes have no use for it. */
  | { kind: "broadcast" }
  | { kind: "other" };

/** One client's presence in an awareness update; `state` null means the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** Reads a raw message; throws on one that cannot be decoded. */
export function readNoteMessage(message: Uint8Array): NoteMessage {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder); // document name
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_AWARENESS) return { kind: "awareness", entries: readAwarenessEntries(decoding.readVarUint8Array(decoder)) };
  if (type === MESSAGE_BROADCAST_STATELESS) return { kind: "broadcast" };
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { kind: "other" };
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return { kind: "other" };
  return { kind: "document-update", update: decoding.readVarUint8Array(decoder) };
}

/** y-protocols' awareness update: a count, then client id, clock and the state as JSON for each. */
function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
  }
  return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
