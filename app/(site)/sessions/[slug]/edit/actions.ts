"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { editSession } from "@/lib/sessions/edit-session";
import { invalidSessionForm } from "@/lib/sessions/form-result";
import { parseSessionForm, readSessionForm } from "@/lib/sessions/schemas";

const targetSchema = z.object({ sessionId: z.coerce.number().int().min(1), version: z.string().min(1).max(40) });

export async function editSessionAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const target = targetSchema.safeParse({ sessionId: formData.get("sessionId"), version: formData.get("version") });
  if (!target.success) return invalidInput(target.error, "The form is out of date; reload the page.");
  const parsed = parseSessionForm(readSessionForm(formData));
  if (!parsed.ok) return invalidSessionForm(parsed.fieldErrors);
  let slug: string;
  try {
    ({ slug } = await editSession({ actor: await getCurrentActor(), id: target.data.sessionId, version: target.data.version, input: parsed.input }));
  } catch (error) {
    return failure(error);
  }
  redirect(`/sessions/${slug}?edited=1`);
}
