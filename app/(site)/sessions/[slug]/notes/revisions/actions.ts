"use server";

import { revalidatePath } from "next/cache";
import { failure, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { restoreNoteRevision } from "@/lib/notes/restore-note-revision";

export async function restoreRevisionAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  try {
    const revisionId = Number(formData.get("revisionId"));
    await restoreNoteRevision({ actor: await getCurrentActor(), revisionId: Number.isInteger(revisionId) ? revisionId : -1 });
    revalidatePath(`/sessions/${String(formData.get("slug"))}/notes/revisions`);
    return { ok: true, data: undefined, message: "Restored. Everyone with the notes open sees the restored text now." };
  } catch (error) {
    return failure(error);
  }
}
