import pg from "pg";
import type { LiveRecord, LiveSource, LiveSources, LiveViewer, ViewerMarks } from "@/lib/live/live-source";
import type { LiveChange, LiveMessage } from "@/lib/live/live-types";
import { LIVE_CHANNEL, type LiveNotice } from "@/lib/live/notify-session-live";
import { loadAgendaState } from "@/lib/sessions/agenda-live";

/** One open live view (a browser tab). */
export interface LiveSubscriber {
  sessionId: number;
  viewer: LiveViewer;
  marks: ViewerMarks;
  send(message: LiveMessage): void;
  /** Sends a fresh snapshot (after the hub may have missed news). */
  resync(): void;
}

export interface LiveHub {
  subscribe(subscriber: LiveSubscriber): () => void;
  /** Open views, for the health page and the benchmark. */
  subscriberCount(): number;
  /** Resolves once the hub listens (news sent before then is not heard). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_DELAYS_MS = [250, 1_000, 2_000, 5_000];

/**
 * Carries news of live changes from PostgreSQL to the browsers this process
 * serves. Every process LISTENs on one channel; use cases NOTIFY inside their
 * transaction (notify-session-live.ts), so each process hears every committed
 * change, from any process, in commit order. The notice names what changed;
 * the hub reads it once and sends each viewer their own view of it.
 *
 * Chosen over Redis pub/sub because PostgreSQL is always there (one process
 * or many, with or without REDIS_URL) and because NOTIFY is transactional:
 * news can neither precede its data nor announce a change that rolled back.
 */
export function createLiveHub({ connectionString, sources, onError = (error) => console.error("[live]", error) }: { connectionString: string; sources: LiveSources; onError?: (error: unknown) => void }): LiveHub {
  const bySession = new Map<number, Set<LiveSubscriber>>();
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let markListening: () => void = () => {};
  const listening = new Promise<void>((resolve) => (markListening = resolve));

  /** Loads in flight per item; a notice for an item being loaded marks it to be loaded again after. */
  const inFlight = new Map<string, { again: boolean; actors: Set<string> }>();

  async function deliver(sessionId: number, change: LiveChange, actors: Set<string>) {
    const subscribers = bySession.get(sessionId);
    if (!subscribers?.size) return;
    if (change.kind === "agenda") {
      const agenda = await loadAgendaState(sessionId);
      if (!agenda) return;
      const message: LiveMessage = { type: "agenda", agenda, serverTime: new Date().toISOString() };
      for (const subscriber of subscribers) subscriber.send(message);
      return;
    }
    // The kind's registration (lib/live/live-sources.ts) knows how to read it and what each viewer sees.
    const source = sources[change.kind] as LiveSource<LiveRecord, unknown, unknown>;
    const record = await source.loadOne(change.id);
    const belongs = record !== null && record.sessionId === sessionId;
    const marksOf = (subscriber: LiveSubscriber) => subscriber.marks[change.kind] as Map<number, unknown>;

    // The people who made the change learn their own new mark (their vote) here.
    if (belongs) {
      for (const userId of actors) {
        if (![...subscribers].some((subscriber) => subscriber.viewer.actor.userId === userId)) continue;
        const mine = (await source.loadMine(userId, [change.id])).get(change.id);
        for (const subscriber of subscribers) {
          if (subscriber.viewer.actor.userId !== userId) continue;
          if (mine === undefined) marksOf(subscriber).delete(change.id);
          else marksOf(subscriber).set(change.id, mine);
        }
      }
    }

    const removed: LiveMessage = { type: "removed", kind: change.kind, id: change.id, version: record?.version ?? Number.MAX_SAFE_INTEGER };
    for (const subscriber of subscribers) {
      const view = belongs ? source.view(record, subscriber.viewer, marksOf(subscriber).get(change.id)) : null;
      subscriber.send(view === null ? removed : ({ type: "item", kind: change.kind, item: view } as LiveMessage));
    }
  }

  function onNotice(payload: string | undefined) {
    let notice: LiveNotice;
    try {
      notice = JSON.parse(payload ?? "") as LiveNotice;
    } catch {
      return;
    }
    if (!bySession.has(notice.sessionId)) return;
    const key = notice.change.kind === "agenda" ? `${notice.sessionId}:agenda` : `${notice.change.kind}:${notice.change.id}`;
    const running = inFlight.get(key);
    if (running) {
      running.again = true;
      if (notice.actorId) running.actors.add(notice.actorId);
      return;
    }
    const state = { again: false, actors: new Set(notice.actorId ? [notice.actorId] : []) };
    inFlight.set(key, state);
    void (async () => {
      try {
        do {
          const actors = state.actors;
          state.again = false;
          state.actors = new Set();
          await deliver(notice.sessionId, notice.change, actors);
        } while (state.again);
      } catch (error) {
        onError(error);
      } finally {
        inFlight.delete(key);
      }
    })();
  }

  async function listen() {
    if (closed) return;
    const next = new pg.Client({ connectionString });
    let retried = false;
    const retry = () => {
      if (client === next) client = null;
      if (closed || retried) return;
      retried = true;
      setTimeout(() => void listen(), RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)]).unref();
    };
    next.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL) onNotice(message.payload);
    });
    next.on("error", (error) => {
      onError(error);
      void next.end().catch(() => {});
      retry();
    });
    next.on("end", retry);
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      onError(error);
      void next.end().catch(() => {});
      retry();
      return;
    }
    const wasReconnect = attempt > 0;
    attempt = 0;
    client = next;
    markListening();
    // Notices sent while nobody listened are gone: everyone starts again from a snapshot.
    if (wasReconnect) for (const subscribers of bySession.values()) for (const subscriber of subscribers) subscriber.resync();
  }
  void listen();

  return {
    subscribe(subscriber) {
      let subscribers = bySession.get(subscriber.sessionId);
      if (!subscribers) bySession.set(subscriber.sessionId, (subscribers = new Set()));
      subscribers.add(subscriber);
      return () => {
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && bySession.get(subscriber.sessionId) === subscribers) bySession.delete(subscriber.sessionId);
      };
    },
    ready: () => listening,
    subscriberCount: () => [...bySession.values()].reduce((sum, subscribers) => sum + subscribers.size, 0),
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}
