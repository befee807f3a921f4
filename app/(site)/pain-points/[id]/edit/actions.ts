"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { editPainPoint } from "@/lib/pain-points/edit-pain-point";
import { readContextForm } from "@/lib/pain-points/form-data";
import { reportSchema } from "@/lib/pain-points/schemas";

export async function editPainPointAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const id = z.coerce.number().int().min(1).safeParse(formData.get("painPointId"));
  const parsed = reportSchema.safeParse(readContextForm(formData, ["areas"]));
  if (!id.success) return invalidInput(id.error);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await editPainPoint({ actor: await getCurrentActor(), id: id.data, input: parsed.data });
  } catch (error) {
    return failure(error);
  }
  redirect(`/pain-points/${id.data}?edited=1`);
}
