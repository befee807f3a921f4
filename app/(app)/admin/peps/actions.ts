"use server";

import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import { AppError } from "@/lib/errors";
import { PepIndexError } from "@/lib/peps/pep-index";
import { LIVE_PEP_INDEX_URL } from "@/lib/peps/read-pep-index";
import { describeSyncReport, runPepSync } from "@/lib/peps/sync-peps";

const syncSchema = z.object({ source: z.enum(["live", "snapshot"], { message: "Choose where to sync from." }) });

export const syncPepsAction = defineAction({
  permission: "peps.sync",
  input: syncSchema,
  run: async ({ actor, input }) => {
    try {
      const report = await runPepSync({ actor, trigger: "admin", source: input.source === "live" ? { kind: "url", url: LIVE_PEP_INDEX_URL } : { kind: "snapshot" } });
      return { lines: describeSyncReport(report), usedSnapshot: report.usedSnapshot };
    } catch (error) {
      // An index that cannot be read is the admin's to know about, not a bug.
      if (error instanceof PepIndexError) throw new AppError("INVALID_INPUT", `${error.message} Nothing was changed.`);
      throw error;
    }
  },
  revalidate: () => ["/admin/peps", "/peps"],
  message: ({ source }, { usedSnapshot }) => (usedSnapshot && source === "live" ? "The live index could not be reached; the shipped snapshot was used." : "Sync finished."),
});
