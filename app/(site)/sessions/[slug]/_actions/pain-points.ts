"use server";

import { defineAction } from "@/lib/define-action";
import { draftReportFromNotes } from "@/lib/pain-points/draft-report-from-notes";
import { draftFromNotesSchema } from "@/lib/pain-points/schemas";

/** A chair's selected passage of the notes, kept as a draft; the report form opens from it. */
export const draftReportFromNotesAction = defineAction({
  permission: "painPoints.draftFromSession",
  input: draftFromNotesSchema,
  invalidMessage: (error) => error.issues[0]?.message,
  run: ({ actor, input }) => draftReportFromNotes({ actor, input }),
  redirectTo: (_input, { draftId }) => `/pain-points/new?fromDraft=${encodeURIComponent(draftId)}`,
});
