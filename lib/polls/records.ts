import type { Database, DatabaseTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PollKind, PollState } from "@/lib/generated/prisma/enums";
import type { LiveRecord, LiveViewer } from "@/lib/live/live-source";
import type { LivePoll } from "@/lib/live/live-types";
import { liveSessionSelect } from "@/lib/live/load-live-snapshot";

type Client = Database | DatabaseTransaction;

/** A poll as stored, with its options in their order: what the live channel reads and views per viewer. */
export interface PollRecord extends LiveRecord {
  question: string;
  kind: PollKind;
  state: PollState;
  hideResultsUntilClosed: boolean;
  voterCount: number;
  openedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  options: { id: number; label: string; voteCount: number }[];
}

const pollRecordSelect = {
  id: true,
  sessionId: true,
  version: true,
  question: true,
  kind: true,
  state: true,
  hideResultsUntilClosed: true,
  voterCount: true,
  openedAt: true,
  closedAt: true,
  createdAt: true,
  options: { orderBy: { position: "asc" }, select: { id: true, label: true, voteCount: true } },
} satisfies Prisma.PollSelect;

/** Polls matching `where`, oldest first. */
export function readPolls(client: Client, where: Prisma.PollWhereInput): Promise<PollRecord[]> {
  return client.poll.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: pollRecordSelect });
}

/** The options a person chose, per poll (polls they did not vote in are absent). */
export async function readVotesOf(client: Client, userId: string, pollIds: number[]): Promise<Map<number, number[]>> {
  const mine = new Map<number, number[]>();
  if (!pollIds.length) return mine;
  const rows = await client.pollVote.findMany({ where: { userId, pollId: { in: pollIds } }, orderBy: { optionId: "asc" }, select: { pollId: true, optionId: true } });
  for (const row of rows) mine.set(row.pollId, [...(mine.get(row.pollId) ?? []), row.optionId]);
  return mine;
}

/**
 * A poll as one viewer may see it. Drafts are for those who manage polls.
 * With "hide results until closed", participants see no counts while the
 * poll is open (how many have voted, yes: it says nothing about the result);
 * those who manage polls always see them, to know when to close.
 */
export function viewPoll(record: PollRecord, viewer: LiveViewer, mine: number[] | undefined): LivePoll | null {
  const canManage = viewer.abilities.canManagePolls;
  if (record.state === "DRAFT" && !canManage) return null;
  const resultsVisible = canManage || !record.hideResultsUntilClosed || record.state === "CLOSED";
  return {
    id: record.id,
    question: record.question,
    kind: record.kind,
    state: record.state,
    hideResultsUntilClosed: record.hideResultsUntilClosed,
    resultsVisible,
    voterCount: record.voterCount,
    options: record.options.map((option) => ({ id: option.id, label: option.label, voteCount: resultsVisible ? option.voteCount : null })),
    myOptionIds: mine ?? [],
    openedAt: record.openedAt?.toISOString() ?? null,
    closedAt: record.closedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    version: record.version,
  };
}

export const pollNotFound = () => new AppError("NOT_FOUND", "That poll does not exist (any more).");

/** A poll's row and session for a change, the row locked until the transaction ends so concurrent changes take turns. */
export async function lockPoll(tx: DatabaseTransaction, pollId: number) {
  const [row] = await tx.$queryRaw<{ id: number; sessionId: number; state: PollState; kind: PollKind; version: number }[]>`
    SELECT id, "sessionId", state::text AS state, kind::text AS kind, version FROM "Poll" WHERE id = ${pollId} FOR UPDATE`;
  if (!row) throw pollNotFound();
  const session = await tx.bofSession.findUnique({ where: { id: row.sessionId }, select: liveSessionSelect });
  return { poll: row, session };
}

/** The poll as the actor now sees it (read in the changing transaction, or after it to keep the row's lock short). */
export async function pollViewFor(client: Client, pollId: number, viewer: LiveViewer): Promise<LivePoll> {
  const [record] = await readPolls(client, { id: pollId });
  if (!record) throw pollNotFound();
  const mine = viewer.actor.userId ? await readVotesOf(client, viewer.actor.userId, [pollId]) : new Map<number, number[]>();
  const view = viewPoll(record, viewer, mine.get(pollId));
  if (!view) throw pollNotFound();
  return view;
}

export const managersOnly = "Only the session's chairs prepare, open and close its polls.";
