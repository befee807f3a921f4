"use server";

import { defineAction } from "@/lib/define-action";
import { readContextForm } from "@/lib/pain-points/form-data";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { forgetSavedSiteSchema, newReportSchema } from "@/lib/pain-points/schemas";
import { forgetSavedSite } from "@/lib/pain-points/forget-saved-site";

export const reportPainPointAction = defineAction({
  permission: "painPoints.report",
  input: newReportSchema,
  read: readContextForm,
  run: ({ actor, input }) => reportPainPoint({ actor, input }),
  // A report filed from a session shows on that session's question.
  revalidate: (_input, { sessionSlug }) => ["/pain-points", ...(sessionSlug ? [`/sessions/${sessionSlug}`] : [])],
  redirectTo: (_input, { id }) => `/pain-points/${id}?reported=1`,
});

export const forgetSavedSiteAction = defineAction({
  permission: "painPoints.manageSavedSites",
  input: forgetSavedSiteSchema,
  run: ({ actor, input }) => forgetSavedSite({ actor, savedSiteId: input.savedSiteId }),
  revalidate: () => ["/pain-points/new"],
  message: (_input, { name }) => `Forgot “${name}”.`,
});
