"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { setPepRelevance } from "@/lib/peps/set-pep-relevance";
import { setPepWatch } from "@/lib/peps/set-pep-watch";

const toggleSchema = z.object({ pepNumber: z.coerce.number().int().min(0), value: z.enum(["true", "false"]).transform((value) => value === "true") });

export async function watchPepAction(_previous: ActionResult<{ isWatching: boolean }> | null, formData: FormData): Promise<ActionResult<{ isWatching: boolean }>> {
  const parsed = toggleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const result = await setPepWatch({ actor: await getCurrentActor(), pepNumber: parsed.data.pepNumber, isWatching: parsed.data.value });
    revalidatePath(`/peps/${parsed.data.pepNumber}`);
    return { ok: true, data: result, message: result.isWatching ? "You will hear about changes to this PEP." : "You no longer follow this PEP." };
  } catch (error) {
    return failure(error);
  }
}

export async function setRelevanceAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = toggleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setPepRelevance({ actor: await getCurrentActor(), pepNumber: parsed.data.pepNumber, isRelevant: parsed.data.value });
    revalidatePath(`/peps/${parsed.data.pepNumber}`);
    revalidatePath("/peps");
    return { ok: true, data: undefined };
  } catch (error) {
    return failure(error);
  }
}
