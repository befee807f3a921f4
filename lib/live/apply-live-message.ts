import { liveItemKinds, liveKinds } from "@/lib/live/live-kinds";
import type { LiveItemKind, LiveMessage, LiveSnapshot } from "@/lib/live/live-types";

type Versioned = { id: number; version: number };

/** Puts an item in its list unless the list already holds a newer copy; keeps the list's order by id. */
function upsert<T extends Versioned>(items: T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  const existing = items[index];
  if (!existing) return [...items, item].sort((a, b) => a.id - b.id);
  if (existing.version > item.version) return items;
  const next = items.slice();
  next[index] = item;
  return next;
}

function remove<T extends Versioned>(items: T[], id: number, version: number): T[] {
  const existing = items.find((item) => item.id === id);
  if (!existing || existing.version > version) return items;
  return items.filter((item) => item.id !== id);
}

/** Keeps whichever copy of each item is newest, so the order snapshot and news arrive in does not matter. */
function newest<T extends Versioned>(current: T[], incoming: T[]): T[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  return incoming.map((item) => {
    const known = byId.get(item.id);
    return known && known.version > item.version ? known : item;
  });
}

/** One kind's list, changed by `change`; the kind's registration names the list. */
function withList(snapshot: LiveSnapshot, kind: LiveItemKind, change: (items: Versioned[]) => Versioned[]): LiveSnapshot {
  const { list } = liveKinds[kind];
  const items = snapshot[list] as Versioned[];
  const next = change(items);
  return next === items ? snapshot : { ...snapshot, [list]: next };
}

/**
 * The live view after one message. Pure, so the browser's reducer and the
 * tests share it. A snapshot replaces the lists (items it lacks are gone for
 * this viewer) but keeps a newer copy of an item the browser already holds.
 * Every kind of item is kept the same way, by the list its registration
 * (lib/live/live-kinds.ts) names.
 */
export function applyLiveMessage(snapshot: LiveSnapshot, message: LiveMessage): LiveSnapshot {
  switch (message.type) {
    case "snapshot": {
      const next = message.snapshot;
      let merged: LiveSnapshot = { ...next, agenda: snapshot.agenda.version > next.agenda.version ? snapshot.agenda : next.agenda };
      for (const kind of liveItemKinds) merged = withList(merged, kind, (incoming) => newest(snapshot[liveKinds[kind].list] as Versioned[], incoming));
      return merged;
    }
    case "item":
      return withList(snapshot, message.kind, (items) => upsert(items, message.item));
    case "removed":
      return withList(snapshot, message.kind, (items) => remove(items, message.id, message.version));
    case "agenda":
      return message.agenda.version >= snapshot.agenda.version ? { ...snapshot, agenda: message.agenda } : snapshot;
  }
}
