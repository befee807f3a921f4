"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { assessmentInputSchema, updateAssessment, type AssessmentVersion } from "@/lib/peps/update-assessment";

export type SaveAssessmentState = ActionResult<{ status: "unchanged" }> | { ok: false; conflict: AssessmentVersion; error: { code: "CONFLICT"; message: string } } | null;

export async function saveAssessmentAction(_previous: SaveAssessmentState, formData: FormData): Promise<SaveAssessmentState> {
  const parsed = assessmentInputSchema.safeParse({
    ...Object.fromEntries(formData),
    areas: formData.getAll("areas"),
    affected: formData.getAll("affected"),
  });
  if (!parsed.success) return invalidInput(parsed.error);
  let outcome;
  try {
    outcome = await updateAssessment({ actor: await getCurrentActor(), ...parsed.data });
  } catch (error) {
    return failure(error);
  }
  if (outcome.status === "conflict") {
    const who = outcome.current.updatedBy?.name ?? "Someone";
    return {
      ok: false,
      conflict: outcome.current,
      error: {
        code: "CONFLICT",
        message: `${who} saved a newer version (version ${outcome.current.version}) while you were editing. Nothing was overwritten: their version is shown next to your form, which still holds everything you typed. Save again to replace theirs with yours.`,
      },
    };
  }
  if (outcome.status === "unchanged") return { ok: true, data: { status: "unchanged" }, message: "Nothing changed, so no new version was saved." };
  revalidatePath(`/peps/${parsed.data.pepNumber}`);
  revalidatePath("/peps");
  redirect(`/peps/${parsed.data.pepNumber}`);
}
