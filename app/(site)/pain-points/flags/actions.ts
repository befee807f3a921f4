"use server";

import { revalidatePath } from "next/cache";
import { failure, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { dismissFlag } from "@/lib/pain-points/flags";

export async function dismissFlagAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  try {
    await dismissFlag({ actor: await getCurrentActor(), flagId: String(formData.get("flagId")) });
    revalidatePath("/pain-points/flags");
    return { ok: true, data: undefined, message: "Dismissed." };
  } catch (error) {
    return failure(error);
  }
}
