"use server";

import { redirect } from "next/navigation";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { readContextForm } from "@/lib/pain-points/form-data";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema } from "@/lib/pain-points/schemas";

export async function reportPainPointAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = reportSchema.safeParse(readContextForm(formData, ["areas"]));
  if (!parsed.success) return invalidInput(parsed.error);
  let id: number;
  try {
    ({ id } = await reportPainPoint({ actor: await getCurrentActor(), input: parsed.data }));
  } catch (error) {
    return failure(error);
  }
  redirect(`/pain-points/${id}?reported=1`);
}
