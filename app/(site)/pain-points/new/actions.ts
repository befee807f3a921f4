"use server";

import { defineAction } from "@/lib/define-action";
import { readContextForm } from "@/lib/pain-points/form-data";
import { reportPainPoint } from "@/lib/pain-points/report-pain-point";
import { reportSchema } from "@/lib/pain-points/schemas";

export const reportPainPointAction = defineAction({
  permission: "painPoints.report",
  input: reportSchema,
  read: readContextForm,
  run: ({ actor, input }) => reportPainPoint({ actor, input }),
  revalidate: () => ["/pain-points"],
  redirectTo: (_input, { id }) => `/pain-points/${id}?reported=1`,
});
