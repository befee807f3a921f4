import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canReadSession, liveAbilitiesFor, type Actor, type SessionRules } from "@/lib/permissions";
import type { LiveRecord, LiveSource, LiveSources, LiveViewer, ViewerMarks } from "@/lib/live/live-source";
import { liveItemKinds, liveKinds } from "@/lib/live/live-kinds";
import type { LiveAbilities, LiveLists, LiveSnapshot } from "@/lib/live/live-types";
import { loadAgendaState } from "@/lib/sessions/agenda-live";

/** The session fields the live tools need to decide who may do what. */
export interface LiveSessionRules extends SessionRules {
  id: number;
  endsAt: Date;
}

/** The session's fields that decide who may do what in its live tools. */
export const liveSessionSelect = { id: true, visibility: true, notesEditors: true, endsAt: true } as const satisfies Prisma.BofSessionSelect;

export function liveViewerFor(actor: Actor, session: LiveSessionRules, now = new Date()): LiveViewer {
  return { actor, abilities: liveAbilitiesFor(actor, { ...session, hasEnded: now.getTime() >= session.endsAt.getTime() }) };
}

/**
 * The actor as a viewer of a session's live tools, for a use case that
 * changes something there. A session the actor may not read (or none) is
 * "not found", so its address reveals nothing.
 */
export function viewerOfLiveSession(actor: Actor, session: LiveSessionRules | null, now = new Date()): LiveViewer & { hasEnded: boolean } {
  if (!session || !canReadSession(actor, session)) throw new AppError("NOT_FOUND", "There is no such session.");
  return { ...liveViewerFor(actor, session, now), hasEnded: now.getTime() >= session.endsAt.getTime() };
}

async function viewAll<TView, TMine>(source: LiveSource<LiveRecord, TView, TMine>, sessionId: number, viewer: LiveViewer) {
  const records = await source.loadAll(sessionId);
  const mine = viewer.actor.userId && records.length ? await source.loadMine(viewer.actor.userId, records.map((record) => record.id)) : new Map<number, TMine>();
  const views = records.flatMap((record) => {
    const view = source.view(record, viewer, mine.get(record.id));
    return view === null ? [] : [view];
  });
  return { views, mine };
}

/**
 * Everything live about a session as one viewer may see it: for the page's
 * first render and for each new connection to the live channel (which is how
 * a client that reconnects catches up). The caller has already checked that
 * the viewer may read the session.
 */
export async function loadLiveSnapshot({ sources, actor, session, now = new Date() }: { sources: LiveSources; actor: Actor; session: LiveSessionRules; now?: Date }): Promise<{
  snapshot: LiveSnapshot;
  abilities: LiveAbilities;
  viewer: LiveViewer;
  marks: ViewerMarks;
}> {
  const viewer = liveViewerFor(actor, session, now);
  const [agenda, ...kinds] = await Promise.all([
    loadAgendaState(session.id),
    ...liveItemKinds.map(async (kind) => ({ kind, ...(await viewAll(sources[kind] as LiveSource<LiveRecord, unknown, unknown>, session.id, viewer)) })),
  ]);
  const lists = Object.fromEntries(kinds.map(({ kind, views }) => [liveKinds[kind].list, views])) as LiveLists;
  const marks = Object.fromEntries(kinds.map(({ kind, mine }) => [kind, mine])) as ViewerMarks;
  return {
    snapshot: {
      ...lists,
      sessionId: session.id,
      serverTime: now.toISOString(),
      hasEnded: now.getTime() >= session.endsAt.getTime(),
      agenda: agenda ?? { currentPosition: null, startedAt: null, questionsNeedApproval: false, version: 0 },
    },
    abilities: viewer.abilities,
    viewer,
    marks,
  };
}
