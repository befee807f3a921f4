"use client";

import { useSessionLive } from "@/components/live/session-live";

/** Questions of the session, live (placeholder until the feature lands). */
export function QuestionsPanel() {
  const { snapshot } = useSessionLive();
  return <p className="text-sm text-subtle">Questions: {snapshot.sessionId}</p>;
}
