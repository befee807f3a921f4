import type { LiveSources } from "@/lib/live/live-source";
import { questionsLiveSource } from "@/lib/questions/live-source";

/** Placeholder until polls and action items land (same commit series). */
const noItems = { loadAll: async () => [], loadOne: async () => null, loadMine: async () => new Map<number, never>(), view: () => null };

/** The live tools' kinds, as the page and the live channel read them. */
export const liveSources: LiveSources = {
  questions: questionsLiveSource,
  polls: noItems,
  actionItems: noItems,
};
