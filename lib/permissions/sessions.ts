import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionVisibility } from "@/lib/generated/prisma/enums";
import type { LiveAbilities } from "@/lib/live/live-types";
import { can, type Actor } from "@/lib/permissions/can";
import type { Action } from "@/lib/permissions/policy";

/**
 * Who sees a session and what they may do in it. A members-only session does
 * not exist for those who may not read it: queries take their `where` from
 * `readableSessionsWhere`, and code that already holds a session's row asks
 * `canReadSession`; both follow the one rule below.
 */

/** A session's own settings, which decide who reads it and who types into its notes. */
export interface SessionRules {
  visibility: "PUBLIC" | "MEMBERS";
  notesEditors: "SIGNED_IN" | "MEMBERS" | "CHAIRS";
}

const notesEditAction = { SIGNED_IN: "notes.edit", MEMBERS: "notes.editMembersOnlyNotes", CHAIRS: "notes.editChairsOnlyNotes" } as const satisfies Record<SessionRules["notesEditors"], Action>;

const readAction = { PUBLIC: "sessions.read", MEMBERS: "sessions.readMembersOnly" } as const satisfies Record<SessionVisibility, Action>;
const visibilities = Object.keys(readAction) as SessionVisibility[];

export function canReadSession(actor: Actor, session: Pick<SessionRules, "visibility">): boolean {
  return can(actor, readAction[session.visibility]);
}

/** The visibilities of the sessions this actor may read, for SQL (`s.visibility = ANY(...)`). */
export function readableSessionVisibilities(actor: Actor): SessionVisibility[] {
  return visibilities.filter((visibility) => canReadSession(actor, { visibility }));
}

/** The sessions this actor may read, as a Prisma `where`. */
export function readableSessionsWhere(actor: Actor): Prisma.BofSessionWhereInput {
  return { visibility: { in: readableSessionVisibilities(actor) } };
}

/** Reading the notes goes with reading the session; editing needs the role the session asks for. */
export function canEditSessionNotes(actor: Actor, session: SessionRules): boolean {
  return canReadSession(actor, session) && can(actor, notesEditAction[session.notesEditors]);
}

/**
 * What a person may do in a session's live tools. Asking and voting close when
 * the session ends (its questions and polls become its record), and so does
 * the agenda's clock; chairs keep moderating, and whoever may edit the notes
 * keeps the action items.
 */
export function liveAbilitiesFor(actor: Actor, session: SessionRules & { hasEnded: boolean }): LiveAbilities {
  const open = canReadSession(actor, session) && !session.hasEnded;
  return {
    canAsk: open && can(actor, "questions.ask"),
    canVote: open && can(actor, "questions.vote"),
    canModerateQuestions: can(actor, "questions.moderate"),
    canSeeAskers: can(actor, "questions.seeAskers"),
    canVoteInPolls: open && can(actor, "polls.vote"),
    canManagePolls: can(actor, "polls.manage"),
    canManageActionItems: can(actor, "actionItems.manageAnySession") || canEditSessionNotes(actor, session),
    canRunAgenda: !session.hasEnded && can(actor, "sessions.manage"),
    // A session's record still yields reports after it ends.
    canFilePainPoints: canReadSession(actor, session) && can(actor, "painPoints.draftFromSession"),
  };
}
