"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, invalidInput, type ActionResult } from "@/lib/action-result";
import { getCurrentActor } from "@/lib/auth/current-user";
import type { Actor } from "@/lib/permissions";
import { addComment, deleteComment, editComment, setCommentHidden } from "@/lib/pain-points/comments";
import { flagForChairs } from "@/lib/pain-points/flags";
import { readContextForm } from "@/lib/pain-points/form-data";
import { commentSchema, reasonSchema, triageSchema, upstreamLinkSchema, voteContextSchema } from "@/lib/pain-points/schemas";
import { setAffected } from "@/lib/pain-points/set-affected";
import { changePainPointStatus, linkPainPointToPep, setPainPointHidden, unlinkPainPointFromPep } from "@/lib/pain-points/triage";
import { addUpstreamLink, removeUpstreamLink } from "@/lib/pain-points/upstream-links";

/**
 * The report page's Server Actions: each validates its form, calls one use
 * case as the signed-in person, and refreshes the page.
 */

type Result = ActionResult<unknown>;
const idSchema = z.coerce.number().int().min(1);
const reasonForm = z.object({ reason: reasonSchema });
const pepForm = z.object({ pepNumber: z.string().regex(/^\d{1,5}$/, { message: "Give a PEP number, like 703." }).transform(Number) });
const refresh = (id: number) => {
  revalidatePath(`/pain-points/${id}`);
  revalidatePath("/pain-points");
};

async function run(id: number, work: (actor: Actor) => Promise<unknown>, message: string): Promise<Result> {
  try {
    await work(await getCurrentActor());
    refresh(id);
    return { ok: true, data: undefined, message };
  } catch (error) {
    return failure(error);
  }
}

export async function setAffectedAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const context = voteContextSchema.safeParse(readContextForm(formData));
  if (!id.success) return invalidInput(id.error);
  if (!context.success) return invalidInput(context.error);
  const isAffected = formData.get("isAffected") === "true";
  return run(id.data, (actor) => setAffected({ actor, painPointId: id.data, isAffected, context: context.data }), isAffected ? "Counted: this affects you too." : "You are no longer counted.");
}

export async function addCommentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const parsed = commentSchema.safeParse({ body: formData.get("body") });
  if (!id.success) return invalidInput(id.error);
  if (!parsed.success) return invalidInput(parsed.error);
  return run(id.data, (actor) => addComment({ actor, painPointId: id.data, body: parsed.data.body }), "Comment added.");
}

export async function editCommentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const parsed = commentSchema.safeParse({ body: formData.get("body") });
  if (!id.success) return invalidInput(id.error);
  if (!parsed.success) return invalidInput(parsed.error);
  return run(id.data, (actor) => editComment({ actor, commentId: String(formData.get("commentId")), body: parsed.data.body }), "Comment updated.");
}

export async function deleteCommentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  if (!id.success) return invalidInput(id.error);
  return run(id.data, (actor) => deleteComment({ actor, commentId: String(formData.get("commentId")) }), "Comment deleted.");
}

export async function hideCommentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const reason = reasonForm.safeParse({ reason: formData.get("reason") });
  if (!id.success) return invalidInput(id.error);
  if (!reason.success) return invalidInput(reason.error);
  const isHidden = formData.get("isHidden") !== "false";
  return run(id.data, (actor) => setCommentHidden({ actor, commentId: String(formData.get("commentId")), isHidden, reason: reason.data.reason }), isHidden ? "Comment hidden." : "Comment shown again.");
}

export async function flagAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const reason = reasonForm.safeParse({ reason: formData.get("reason") });
  if (!id.success) return invalidInput(id.error);
  if (!reason.success) return invalidInput(reason.error);
  const commentId = formData.get("commentId");
  return run(id.data, (actor) => flagForChairs({ actor, painPointId: id.data, commentId: commentId ? String(commentId) : undefined, reason: reason.data.reason }), "Thanks — a chair will look at it.");
}

export async function triageAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const parsed = triageSchema.safeParse(Object.fromEntries(formData));
  if (!id.success) return invalidInput(id.error);
  if (!parsed.success) return invalidInput(parsed.error);
  return run(id.data, (actor) => changePainPointStatus({ actor, painPointId: id.data, ...parsed.data }), "Status changed; followers were told.");
}

export async function linkPepAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const pep = pepForm.safeParse({ pepNumber: String(formData.get("pepNumber") ?? "").replace(/^pep\s*/i, "") });
  if (!id.success) return invalidInput(id.error);
  if (!pep.success) return invalidInput(pep.error);
  const { pepNumber } = pep.data;
  return run(id.data, (actor) => linkPainPointToPep({ actor, painPointId: id.data, pepNumber }), `Linked to PEP ${pepNumber}.`);
}

export async function unlinkPepAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const pep = idSchema.safeParse(formData.get("pepNumber"));
  if (!id.success) return invalidInput(id.error);
  if (!pep.success) return invalidInput(pep.error);
  return run(id.data, (actor) => unlinkPainPointFromPep({ actor, painPointId: id.data, pepNumber: pep.data }), `PEP ${pep.data} unlinked.`);
}

export async function addLinkAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const parsed = upstreamLinkSchema.safeParse({ url: formData.get("url") });
  if (!id.success) return invalidInput(id.error);
  if (!parsed.success) return invalidInput(parsed.error);
  return run(id.data, (actor) => addUpstreamLink({ actor, painPointId: id.data, url: parsed.data.url }), "Link added.");
}

export async function removeLinkAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  if (!id.success) return invalidInput(id.error);
  return run(id.data, (actor) => removeUpstreamLink({ actor, linkId: String(formData.get("linkId")) }), "Link removed.");
}

export async function hideReportAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const id = idSchema.safeParse(formData.get("painPointId"));
  const reason = reasonForm.safeParse({ reason: formData.get("reason") });
  if (!id.success) return invalidInput(id.error);
  if (!reason.success) return invalidInput(reason.error);
  const isHidden = formData.get("isHidden") !== "false";
  return run(id.data, (actor) => setPainPointHidden({ actor, painPointId: id.data, isHidden, reason: reason.data.reason }), isHidden ? "Report hidden." : "Report shown again.");
}

