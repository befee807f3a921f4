"use server";

import { revalidatePath } from "next/cache";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/permissions";
import { changeUserRole, changeUserRoleSchema } from "@/lib/users/change-user-role";

export async function changeRoleAction(_previous: ActionResult<{ role: string }> | null, formData: FormData): Promise<ActionResult<{ role: string }>> {
  const parsed = changeUserRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const change = await changeUserRole({ actor: await getCurrentActor(), ...parsed.data });
    revalidatePath("/admin/people");
    revalidatePath("/admin/audit");
    return { ok: true, data: { role: change.to }, message: `Now ${roleLabels[change.to].toLowerCase()}.` };
  } catch (error) {
    return failure(error);
  }
}
