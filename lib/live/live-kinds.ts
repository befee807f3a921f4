import type { LiveItemKind, LiveListOf } from "@/lib/live/live-types";

/** How the browser keeps one kind of live item (the server's side is its LiveSource, lib/live/live-sources.ts). */
export interface LiveKind<K extends LiveItemKind> {
  /** The snapshot's list the kind's items sit in (kept in id order, newest copy of each item). */
  list: LiveListOf<K>;
}

/** Every live kind, registered by name: adding one here is all the browser's reducer needs. */
export const liveKinds: { [K in LiveItemKind]: LiveKind<K> } = {
  question: { list: "questions" },
  poll: { list: "polls" },
  actionItem: { list: "actionItems" },
};

export const liveItemKinds = Object.keys(liveKinds) as LiveItemKind[];
