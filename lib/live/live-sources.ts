import { actionItemsLiveSource } from "@/lib/action-items/live-source";
import type { LiveSources } from "@/lib/live/live-source";
import { pollsLiveSource } from "@/lib/polls/live-source";
import { questionsLiveSource } from "@/lib/questions/live-source";

/** The live tools' kinds, as the page and the live channel read them. */
export const liveSources: LiveSources = {
  questions: questionsLiveSource,
  polls: pollsLiveSource,
  actionItems: actionItemsLiveSource,
};
