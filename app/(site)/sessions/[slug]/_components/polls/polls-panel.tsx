"use client";

import { useSessionLive } from "@/components/live/session-live";

/** Polls of the session, live (placeholder until the feature lands). */
export function PollsPanel() {
  const { snapshot } = useSessionLive();
  return <p className="text-sm text-subtle">Polls: {snapshot.sessionId}</p>;
}
