"use server";

import { redirect } from "next/navigation";
import { failure, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { invalidSessionForm } from "@/lib/sessions/form-result";
import { scheduleSession } from "@/lib/sessions/schedule-session";
import { parseSessionForm, readSessionForm } from "@/lib/sessions/schemas";

export async function scheduleSessionAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const parsed = parseSessionForm(readSessionForm(formData));
  if (!parsed.ok) return invalidSessionForm(parsed.fieldErrors);
  let slug: string;
  try {
    ({ slug } = await scheduleSession({ actor: await getCurrentActor(), input: parsed.input }));
  } catch (error) {
    return failure(error);
  }
  redirect(`/sessions/${slug}?created=1`);
}
