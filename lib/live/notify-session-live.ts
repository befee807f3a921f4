import type { DatabaseTransaction } from "@/lib/db";
import type { LiveChange } from "@/lib/live/live-types";

/** The PostgreSQL channel every app process listens on (lib/live/live-hub.ts). */
export const LIVE_CHANNEL = "session_live";

export interface LiveNotice {
  sessionId: number;
  change: LiveChange;
  /** Who made the change: their own open pages learn their new vote from it. */
  actorId: string | null;
}

/**
 * Announces a change to everyone watching the session, in every app process.
 * Call it inside the transaction that makes the change: PostgreSQL delivers a
 * NOTIFY only when that transaction commits, so nobody hears of a change that
 * was rolled back, or before it can be read. The notice names what changed;
 * each process then reads it once and sends each viewer what they may see.
 */
export async function notifySessionLive(tx: DatabaseTransaction, notice: LiveNotice): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`;
}
