"use client";

import { useSessionLive } from "@/components/live/session-live";

/** Action items of the session, live (placeholder until the feature lands). */
export function ActionItemsPanel() {
  const { snapshot } = useSessionLive();
  return <p className="text-sm text-subtle">Action items: {snapshot.sessionId}</p>;
}
