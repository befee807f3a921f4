"use server";

import { defineAction } from "@/lib/define-action";
import { editPainPoint } from "@/lib/pain-points/edit-pain-point";
import { readContextForm } from "@/lib/pain-points/form-data";
import { editReportSchema } from "@/lib/pain-points/schemas";

export const editPainPointAction = defineAction({
  permission: "painPoints.edit",
  input: editReportSchema,
  read: readContextForm,
  run: ({ actor, input: { painPointId, expectedVersion, ...input } }) => editPainPoint({ actor, id: painPointId, expectedVersion, input }),
  revalidate: ({ painPointId }) => [`/pain-points/${painPointId}`, "/pain-points"],
  redirectTo: ({ painPointId }) => `/pain-points/${painPointId}?edited=1`,
});
