"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import { PepIndexError } from "@/lib/peps/pep-index";
import { LIVE_PEP_INDEX_URL } from "@/lib/peps/read-pep-index";
import { describeSyncReport, runPepSync } from "@/lib/peps/sync-peps";

const syncSchema = z.object({ source: z.enum(["live", "snapshot"], { message: "Choose where to sync from." }) });

export async function syncPepsAction(_previous: ActionResult<{ lines: string[] }> | null, formData: FormData): Promise<ActionResult<{ lines: string[] }>> {
  const parsed = syncSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const report = await runPepSync({
      actor: await getCurrentActor(),
      trigger: "admin",
      source: parsed.data.source === "live" ? { kind: "url", url: LIVE_PEP_INDEX_URL } : { kind: "snapshot" },
    });
    revalidatePath("/admin/peps");
    revalidatePath("/peps");
    const lines = describeSyncReport(report);
    return { ok: true, data: { lines }, message: report.usedSnapshot && parsed.data.source === "live" ? "The live index could not be reached; the shipped snapshot was used." : "Sync finished." };
  } catch (error) {
    if (error instanceof PepIndexError) return { ok: false, error: { code: "INVALID_INPUT", message: `${error.message} Nothing was changed.` } };
    return failure(error);
  }
}
