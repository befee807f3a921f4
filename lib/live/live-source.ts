import { liveItemKinds } from "@/lib/live/live-kinds";
import type { Actor } from "@/lib/permissions";
import type { LiveAbilities, LiveItemKind, LiveItemKinds, LiveItemOf } from "@/lib/live/live-types";

/** Who is watching a session's live view, and what they may do there. */
export interface LiveViewer {
  actor: Actor;
  abilities: LiveAbilities;
}

/** The fields every stored live item has. */
export interface LiveRecord {
  id: number;
  sessionId: number;
  version: number;
}

/**
 * How one kind of live item (questions, polls, action items…) is read for the
 * live channel. Each domain implements it beside its use cases
 * (lib/questions/live-source.ts and so on); lib/live/ assembles snapshots and
 * sends news with it, so the rules about who sees what live in one place per
 * kind and hold for the page's first render and the live updates alike.
 *
 * `TMine` is what belongs to the viewer on an item (their vote, say).
 */
export interface LiveSource<TRecord extends LiveRecord, TView, TMine = never> {
  /** All of a session's items, for a snapshot, oldest first. */
  loadAll(sessionId: number): Promise<TRecord[]>;
  /** One item after a change, or null when it no longer exists. */
  loadOne(id: number): Promise<TRecord | null>;
  /** The viewer's own marks on these items (by item id); absent when they have none. */
  loadMine(userId: string, ids: number[]): Promise<Map<number, TMine>>;
  /** The item as this viewer may see it, or null when it is not theirs to see. */
  view(record: TRecord, viewer: LiveViewer, mine: TMine | undefined): TView | null;
}

/**
 * Every live kind's source, registered by its name (lib/live/live-sources.ts
 * wires in the real ones): snapshots and the hub read each kind through it.
 */
export type LiveSources = { [K in LiveItemKind]: LiveSource<LiveRecord, LiveItemOf<K>, LiveItemKinds[K]["mine"]> };

/** What belongs to one viewer (their votes), per kind, kept per open connection so news can be shown with it. */
export type ViewerMarks = { [K in LiveItemKind]: Map<number, LiveItemKinds[K]["mine"]> };

/** A connection's marks before its first snapshot. */
export function noMarks(): ViewerMarks {
  return Object.fromEntries(liveItemKinds.map((kind) => [kind, new Map()])) as ViewerMarks;
}
