"use server";

import { defineAction } from "@/lib/define-action";
import { addComment } from "@/lib/pain-points/add-comment";
import { addUpstreamLink } from "@/lib/pain-points/add-upstream-link";
import { changePainPointStatus } from "@/lib/pain-points/change-pain-point-status";
import { deleteComment } from "@/lib/pain-points/delete-comment";
import { editComment } from "@/lib/pain-points/edit-comment";
import { flagForChairs } from "@/lib/pain-points/flag-for-chairs";
import { readContextForm } from "@/lib/pain-points/form-data";
import { linkPainPointToPep } from "@/lib/pain-points/link-pain-point-to-pep";
import { removeUpstreamLink } from "@/lib/pain-points/remove-upstream-link";
import {
  addCommentSchema,
  addLinkSchema,
  changeStatusSchema,
  deleteCommentSchema,
  editCommentSchema,
  flagSchema,
  linkPepSchema,
  removeLinkSchema,
  setAffectedSchema,
  setCommentHiddenSchema,
  setReportHiddenSchema,
  unlinkPepSchema,
} from "@/lib/pain-points/schemas";
import { setAffected } from "@/lib/pain-points/set-affected";
import { setCommentHidden } from "@/lib/pain-points/set-comment-hidden";
import { setPainPointHidden } from "@/lib/pain-points/set-pain-point-hidden";
import { unlinkPainPointFromPep } from "@/lib/pain-points/unlink-pain-point-from-pep";

/** The report page's Server Actions; each refreshes the report and the board. */

const refresh = ({ painPointId }: { painPointId: number }) => [`/pain-points/${painPointId}`, "/pain-points"];

export const setAffectedAction = defineAction({
  permission: "painPoints.markAffected",
  input: setAffectedSchema,
  read: readContextForm,
  run: ({ actor, input: { painPointId, isAffected, ...context } }) => setAffected({ actor, painPointId, isAffected, context }),
  revalidate: refresh,
  message: ({ isAffected }) => (isAffected ? "Counted: this affects you too." : "You are no longer counted."),
});

export const addCommentAction = defineAction({
  permission: "painPoints.comment",
  input: addCommentSchema,
  run: ({ actor, input }) => addComment({ actor, ...input }),
  revalidate: refresh,
  message: "Comment added.",
});

export const editCommentAction = defineAction({
  permission: "comments.edit",
  input: editCommentSchema,
  run: ({ actor, input }) => editComment({ actor, ...input }),
  revalidate: refresh,
  message: "Comment updated.",
});

export const deleteCommentAction = defineAction({
  permission: "comments.delete",
  input: deleteCommentSchema,
  run: ({ actor, input }) => deleteComment({ actor, ...input }),
  revalidate: refresh,
  message: "Comment deleted.",
});

export const hideCommentAction = defineAction({
  permission: "painPoints.moderate",
  input: setCommentHiddenSchema,
  run: ({ actor, input }) => setCommentHidden({ actor, ...input }),
  revalidate: refresh,
  message: ({ isHidden }) => (isHidden ? "Comment hidden." : "Comment shown again."),
});

export const flagAction = defineAction({
  permission: "painPoints.flag",
  input: flagSchema,
  run: ({ actor, input }) => flagForChairs({ actor, ...input }),
  revalidate: refresh,
  message: "Thanks — a chair will look at it.",
});

export const triageAction = defineAction({
  permission: "painPoints.triage",
  input: changeStatusSchema,
  run: ({ actor, input }) => changePainPointStatus({ actor, ...input }),
  revalidate: refresh,
  message: "Status changed; followers were told.",
});

export const linkPepAction = defineAction({
  permission: "painPoints.triage",
  input: linkPepSchema,
  run: ({ actor, input }) => linkPainPointToPep({ actor, ...input }),
  revalidate: refresh,
  message: ({ pepNumber }) => `Linked to PEP ${pepNumber}.`,
});

export const unlinkPepAction = defineAction({
  permission: "painPoints.triage",
  input: unlinkPepSchema,
  run: ({ actor, input }) => unlinkPainPointFromPep({ actor, ...input }),
  revalidate: refresh,
  message: ({ pepNumber }) => `PEP ${pepNumber} unlinked.`,
});

export const addLinkAction = defineAction({
  permission: "painPoints.addLink",
  input: addLinkSchema,
  run: ({ actor, input }) => addUpstreamLink({ actor, ...input }),
  revalidate: refresh,
  message: "Link added.",
});

export const removeLinkAction = defineAction({
  permission: "painPoints.removeLink",
  input: removeLinkSchema,
  run: ({ actor, input }) => removeUpstreamLink({ actor, ...input }),
  revalidate: refresh,
  message: "Link removed.",
});

export const hideReportAction = defineAction({
  permission: "painPoints.moderate",
  input: setReportHiddenSchema,
  run: ({ actor, input }) => setPainPointHidden({ actor, ...input }),
  revalidate: refresh,
  message: ({ isHidden }) => (isHidden ? "Report hidden." : "Report shown again."),
});
