"use server";

import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import { restoreNoteRevision } from "@/lib/notes/restore-note-revision";
import { recordId } from "@/lib/validation/form-fields";
import { slugPattern } from "@/lib/sessions/slug";

const restoreSchema = z.object({
  revisionId: recordId("revision"),
  slug: z.string().regex(slugPattern, { message: "Unknown session." }),
});

export const restoreRevisionAction = defineAction({
  permission: "notes.manageRevisions",
  input: restoreSchema,
  run: ({ actor, input }) => restoreNoteRevision({ actor, revisionId: input.revisionId }),
  revalidate: ({ slug }) => [`/sessions/${slug}/notes/revisions`],
  message: "Restored. Everyone with the notes open sees the restored text now.",
});
