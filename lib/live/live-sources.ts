import { actionItemsLiveSource } from "@/lib/action-items/live-source";
import type { LiveSources } from "@/lib/live/live-source";
import { pollsLiveSource } from "@/lib/polls/live-source";
import { questionsLiveSource } from "@/lib/questions/live-source";

/**
 * The live tools' kinds, registered by name, as the page and the live
 * channel read them. A new kind adds its source here (and its entry in
 * LiveItemKinds and lib/live/live-kinds.ts for the browser).
 */
export const liveSources: LiveSources = {
  question: questionsLiveSource,
  poll: pollsLiveSource,
  actionItem: actionItemsLiveSource,
};
