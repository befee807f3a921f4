import { performance } from "node:perf_hooks";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { noteLimits, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { sendOwnAwarenessOnly } from "@/lib/notes/send-own-awareness-only";

/**
 * The clients of `npm run bench -- collab`: real Hocuspocus providers, each
 * with its own WebSocket (nothing shared, as between browsers), announcing a
 * person in awareness and moving a cursor while typing, as the live-notes
 * editor (y-codemirror.next) does.
 *
 * Every client lives in this process, so one clock times an edit from the
 * keystroke to its arrival everywhere. An edit is recognised by its Yjs id:
 * a keystroke inserts one character, which takes the next clock of the typing
 * client; at the other clients, a remote transaction that moves that client's
 * state past the clock has integrated the character. That costs a glance at
 * the state vectors per transaction, however long the text grows.
 */

/** Send times per typing client, indexed by Yjs clock, and what arrived. */
export class DeliveryLog {
  private readonly sentAt = new Map<number, number[]>();
  private measureFrom = Number.POSITIVE_INFINITY;
  private measureUntil = Number.POSITIVE_INFINITY;
  /** Delays (ms) from keystroke to arrival, one per edit and receiving client, for edits sent while measuring. */
  readonly delays: number[] = [];
  /** Keystroke to the server's acknowledgement at the typist (ms), for edits sent while measuring. */
  readonly acks: number[] = [];
  measuredEdits = 0;
  delivered = 0;

  startMeasuring(at = performance.now()) {
    this.measureFrom = at;
    this.measureUntil = Number.POSITIVE_INFINITY;
  }

  stopMeasuring(at = performance.now()) {
    this.measureUntil = at;
  }

  isMeasured(time: number) {
    return time >= this.measureFrom && time < this.measureUntil;
  }

  sent(client: number, clock: number, time: number) {
    let times = this.sentAt.get(client);
    if (!times) this.sentAt.set(client, (times = []));
    times[clock] = time;
    if (this.isMeasured(time)) this.measuredEdits++;
  }

  /** A remote transaction at some client: which of the typists' characters it integrated. */
  arrived(transaction: Y.Transaction, now: number) {
    for (const [client, after] of transaction.afterState) {
      const times = this.sentAt.get(client);
      if (!times) continue;
      for (let clock = transaction.beforeState.get(client) ?? 0; clock < after; clock++) {
        const sentAt = times[clock];
        if (sentAt === undefined || !this.isMeasured(sentAt)) continue;
        this.delays.push(now - sentAt);
        this.delivered++;
      }
    }
  }
}

export interface BenchClient {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
  /** WebSocket close codes this client saw while it was meant to stay connected. */
  closeCodes: number[];
  outgoing: OutgoingTraffic;
  close(): void;
}

/**
 * The messages a client sends, against the server's per-connection budget
 * (noteLimits: a steady rate plus a burst, every message counted). The bench
 * keeps the same token bucket on the client's side, so it can tell how close
 * each client came to being closed for sending too much.
 */
export class OutgoingTraffic {
  total = 0;
  measured = 0;
  /** The fewest tokens left in the bucket after a message (below 1: the server would have closed us). */
  lowestBudget: number = noteLimits.messageBurst;
  /** When (performance.now()) the bucket was at its emptiest. */
  lowestBudgetAt = 0;
  private tokens: number = noteLimits.messageBurst;
  private refilledAt = performance.now();

  constructor(private readonly log: DeliveryLog) {}

  /** A new connection starts with a full bucket. */
  opened() {
    this.tokens = noteLimits.messageBurst;
    this.refilledAt = performance.now();
  }

  sent() {
    const now = performance.now();
    this.tokens = Math.min(noteLimits.messageBurst, this.tokens + ((now - this.refilledAt) / 1000) * noteLimits.messagesPerSecond) - 1;
    this.refilledAt = now;
    if (this.tokens < this.lowestBudget) {
      this.lowestBudget = this.tokens;
      this.lowestBudgetAt = now;
    }
    this.total++;
    if (this.log.isMeasured(now)) this.measured++;
  }
}

/**
 * How much awareness the clients share: "cursors" is the editor (a person in
 * awareness, and the typists' cursors after every keystroke); "presence" only
 * the person; "none" no awareness at all.
 */
export type AwarenessMode = "cursors" | "presence" | "none";

/** Opens one client and resolves once it is synced with the server. */
export async function connectClient({ url, documentName, cookie, name, log, awareness }: { url: string; documentName: string; cookie?: string; name: string; log: DeliveryLog; awareness: AwarenessMode }): Promise<BenchClient> {
  const headers = cookie ? { cookie } : {};
  const outgoing = new OutgoingTraffic(log);
  class SignedInWebSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers });
      // As in tests/support/collab-client.ts: closing while connecting reports an error nobody hears.
      this.on("error", () => {});
      outgoing.opened();
      const send = this.send.bind(this) as (...args: unknown[]) => void;
      this.send = ((...args: unknown[]) => {
        outgoing.sent();
        send(...args);
      }) as WebSocket["send"];
    }
  }
  const closeCodes: number[] = [];
  let isClosing = false;
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: SignedInWebSocket,
    maxAttempts: 0,
    onClose: ({ event }) => {
      if (!isClosing) closeCodes.push(event.code);
    },
  });
  const doc = new Y.Doc();
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (!transaction.local) log.arrived(transaction, performance.now());
  });
  let failure: string | undefined;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: "session-cookie",
    onAuthenticationFailed: ({ reason }) => (failure = reason),
    ...(awareness === "none" ? { awareness: null } : {}),
  });
  // As the app's editor does (components/notes/live-notes.tsx), against both servers.
  sendOwnAwarenessOnly(provider);
  const color = ["#2563eb", "#db2777", "#059669", "#d97706"][name.length % 4]!;
  provider.awareness?.setLocalStateField("user", { name, color, colorLight: `${color}33`, key: name });
  provider.attach();
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const check = () => {
      if (failure !== undefined) reject(new Error(`${name} was refused: ${failure}`));
      else if (provider.isSynced) resolve();
      else if (Date.now() > deadline) reject(new Error(`${name} did not sync within 120 s`));
      else setTimeout(check, 20);
    };
    check();
  });
  return {
    doc,
    text: doc.getText(NOTES_TEXT_FIELD),
    provider,
    closeCodes,
    outgoing,
    close() {
      isClosing = true;
      provider.destroy();
      socket.destroy();
    },
  };
}

/** A small seeded generator, so every run types the same thing at the same pace. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROSE =
  "PEP 703 makes the GIL optional; mpi4py and numpy wheels for free-threaded builds are on the agenda. " +
  "Import times on Lustre dominate start-up for large jobs, so we discussed caching site-packages in node-local storage. " +
  "Action items: collect benchmarks from three centres, draft a note for the packaging summit, follow up on Spack and conda.\n";

export type TypingPattern =
  /** Steady typing: about `charsPerSecond`, each gap jittered by ±40 %. */
  | { kind: "steady"; charsPerSecond: number }
  /** Pauses of 2–6 s, then bursts of 10–40 characters at about 14 a second. */
  | { kind: "bursts" };

export interface Typist {
  /** Keystrokes sent so far. */
  readonly sent: number;
  stop(): void;
}

/**
 * Types into the shared text at this person's own cursor, one character per
 * keystroke, and moves the cursor in awareness after each (as the editor does:
 * one document update and one awareness update per keystroke).
 */
export function startTypist(client: BenchClient, log: DeliveryLog, pattern: TypingPattern, seed: number, { withCursor }: { withCursor: boolean }): Typist {
  const random = seededRandom(seed);
  const { doc, text, provider } = client;
  const pendingAcks: number[] = [];
  provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    const now = performance.now();
    while (pendingAcks.length > number) {
      const sentAt = pendingAcks.shift()!;
      if (log.isMeasured(sentAt)) log.acks.push(now - sentAt);
    }
  });

  let cursor: Y.RelativePosition | null = null;
  let next = Math.floor(random() * PROSE.length);
  let sent = 0;
  let burstLeft = 0;
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;

  const keystroke = () => {
    const position = cursor && Y.createAbsolutePositionFromRelativePosition(cursor, doc);
    const index = position ? position.index : text.length;
    const clock = Y.getState(doc.store, doc.clientID);
    const now = performance.now();
    log.sent(doc.clientID, clock, now);
    pendingAcks.push(now);
    text.insert(index, PROSE[next++ % PROSE.length]!);
    sent++;
    // Just after the character typed, holding on to it (assoc -1) whatever others insert around it.
    cursor = Y.createRelativePositionFromTypeIndex(text, index + 1, -1);
    if (withCursor) provider.awareness?.setLocalStateField("cursor", { anchor: cursor, head: cursor });
  };

  const gap = () => {
    if (pattern.kind === "steady") return (1000 / pattern.charsPerSecond) * (0.6 + 0.8 * random());
    if (burstLeft > 0) return 50 + 40 * random();
    burstLeft = 10 + Math.floor(31 * random());
    return 2000 + 4000 * random();
  };

  const tick = () => {
    if (isStopped) return;
    keystroke();
    if (burstLeft > 0) burstLeft--;
    timer = setTimeout(tick, gap());
  };
  // Bursty typists start somewhere in a pause; the steady one right away.
  timer = setTimeout(tick, pattern.kind === "steady" ? 0 : 2000 * random());

  return {
    get sent() {
      return sent;
    },
    stop() {
      isStopped = true;
      clearTimeout(timer);
    },
  };
}
