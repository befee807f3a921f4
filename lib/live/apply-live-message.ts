import type { LiveMessage, LiveSnapshot } from "@/lib/live/live-types";

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

/**
 * The live view after one message. Pure, so the browser's reducer and the
 * tests share it. A snapshot replaces the lists (items it lacks are gone for
 * this viewer) but keeps a newer copy of an item the browser already holds.
 */
export function applyLiveMessage(snapshot: LiveSnapshot, message: LiveMessage): LiveSnapshot {
  switch (message.type) {
    case "snapshot": {
      const next = message.snapshot;
      return {
        ...next,
        agenda: snapshot.agenda.version > next.agenda.version ? snapshot.agenda : next.agenda,
        questions: newest(snapshot.questions, next.questions),
        polls: newest(snapshot.polls, next.polls),
        actionItems: newest(snapshot.actionItems, next.actionItems),
      };
    }
    case "question":
      return { ...snapshot, questions: upsert(snapshot.questions, message.question) };
    case "question.removed":
      return { ...snapshot, questions: remove(snapshot.questions, message.id, message.version) };
    case "poll":
      return { ...snapshot, polls: upsert(snapshot.polls, message.poll) };
    case "poll.removed":
      return { ...snapshot, polls: remove(snapshot.polls, message.id, message.version) };
    case "actionItem":
      return { ...snapshot, actionItems: upsert(snapshot.actionItems, message.item) };
    case "actionItem.removed":
      return { ...snapshot, actionItems: remove(snapshot.actionItems, message.id, message.version) };
    case "agenda":
      return message.agenda.version >= snapshot.agenda.version ? { ...snapshot, agenda: message.agenda } : snapshot;
  }
}
