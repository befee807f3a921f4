import type { LiveMessage, LiveQuestion } from "@/lib/live/live-types";

/** What a Q&A action returns (or, on a conflict, the other person's version), as news for the live view. */
export const questionNews = (question: LiveQuestion): LiveMessage => ({ type: "item", kind: "question", item: question });
