"use client";

import { createContext, use, useCallback, useEffect, useMemo, useReducer, useState, type ReactNode } from "react";
import type { LiveAbilities, LiveMessage, LiveSnapshot } from "@/lib/live/live-types";
import { applyLiveMessage } from "@/lib/live/apply-live-message";

export type LiveConnection = "connecting" | "live" | "reconnecting";

/** How each state of the live channel is shown (the session page's tools, the speaker view). */
export const liveConnectionLooks = {
  connecting: { tone: "pending", label: "Connecting…" },
  live: { tone: "live", label: "Live" },
  reconnecting: { tone: "down", label: "Reconnecting… you will catch up" },
} as const satisfies Record<LiveConnection, { tone: "pending" | "live" | "down"; label: string }>;

interface SessionLiveValue {
  sessionSlug: string;
  snapshot: LiveSnapshot;
  abilities: LiveAbilities;
  connection: LiveConnection;
  /** Milliseconds to add to this device's clock to get the server's (timers). */
  clockOffsetMs: number;
  /** Applies news at once, e.g. what a Server Action returned, before the channel brings it. */
  apply(message: LiveMessage): void;
}

const SessionLiveContext = createContext<SessionLiveValue | null>(null);

type State = { snapshot: LiveSnapshot; abilities: LiveAbilities };

function reducer(state: State, message: LiveMessage): State {
  if (message.type === "snapshot") return { snapshot: applyLiveMessage(state.snapshot, message), abilities: message.abilities };
  return { ...state, snapshot: applyLiveMessage(state.snapshot, message) };
}

/**
 * Keeps a session's questions, polls, action items and agenda state live in
 * the browser: starts from what the server rendered, then follows the live
 * channel (Server-Sent Events; the browser reconnects by itself, and each
 * connection begins with a fresh snapshot, so nothing missed stays missed).
 */
export function SessionLiveProvider({ sessionSlug, initial, children }: { sessionSlug: string; initial: { snapshot: LiveSnapshot; abilities: LiveAbilities }; children: ReactNode }) {
  const [state, dispatch] = useReducer(reducer, initial);
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const [clockOffsetMs, setClockOffsetMs] = useState(() => Date.parse(initial.snapshot.serverTime) - Date.now());

  useEffect(() => {
    const source = new EventSource(`/live/sessions/${encodeURIComponent(sessionSlug)}`);
    source.onopen = () => setConnection("live");
    // EventSource retries by itself (the server asks for 2 s); the first message after that is a fresh snapshot.
    source.onerror = () => setConnection("reconnecting");
    source.onmessage = (event: MessageEvent<string>) => {
      let message: LiveMessage;
      try {
        message = JSON.parse(event.data) as LiveMessage;
      } catch {
        return;
      }
      if (message.type === "snapshot") setClockOffsetMs(Date.parse(message.snapshot.serverTime) - Date.now());
      if (message.type === "agenda") setClockOffsetMs(Date.parse(message.serverTime) - Date.now());
      setConnection("live");
      dispatch(message);
    };
    return () => source.close();
  }, [sessionSlug]);

  const apply = useCallback((message: LiveMessage) => dispatch(message), []);
  const value = useMemo(() => ({ sessionSlug, snapshot: state.snapshot, abilities: state.abilities, connection, clockOffsetMs, apply }), [sessionSlug, state, connection, clockOffsetMs, apply]);
  return <SessionLiveContext value={value}>{children}</SessionLiveContext>;
}

export function useSessionLive(): SessionLiveValue {
  const value = use(SessionLiveContext);
  if (!value) throw new Error("useSessionLive must be used inside <SessionLiveProvider>.");
  return value;
}
