"use client";

import { MessageSquare } from "lucide-react";
import { useState, type ReactNode } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/field";
import { UserText } from "@/components/ui/user-text";
import type { PainPointDetails } from "@/lib/pain-points/get-pain-point";
import { limits } from "@/lib/pain-points/schemas";
import { addCommentAction, deleteCommentAction, editCommentAction, hideCommentAction } from "../actions";
import { FlagForm } from "./flag-form";

type Comment = PainPointDetails["comments"][number];

function CommentItem({ comment, renderedBody, painPointId, canModerate, canFlag }: { comment: Comment; renderedBody: ReactNode; painPointId: number; canModerate: boolean; canFlag: boolean }) {
  const [isEditing, setIsEditing] = useState(false);
  const date = new Date(comment.createdAt).toISOString().slice(0, 10);
  return (
    <li className="space-y-2 py-4" data-testid="comment">
      <p className="text-xs text-subtle">
        <UserText className="font-medium text-ink">{comment.authorName}</UserText> · <time dateTime={new Date(comment.createdAt).toISOString()}>{date}</time>
        {comment.editedAt ? " · edited" : ""}
        {comment.isHidden ? <span className="badge badge-danger ml-2">Hidden by a chair</span> : null}
      </p>
      {comment.isHidden && comment.body === null ? (
        <p className="text-sm text-subtle italic">A chair hid this comment.</p>
      ) : isEditing ? (
        <ActionForm action={editCommentAction} onSuccess={() => setIsEditing(false)} className="space-y-2" aria-label="Edit comment">
          {({ pending, fieldErrors, message }) => (
            <>
              <input type="hidden" name="painPointId" value={painPointId} />
              <input type="hidden" name="commentId" value={comment.id} />
              <Textarea name="body" defaultValue={comment.body ?? ""} rows={4} maxLength={limits.comment} aria-label="Comment" aria-invalid={fieldErrors.body ? true : undefined} />
              {fieldErrors.body ? <p className="text-sm font-medium text-danger">{fieldErrors.body.join(" ")}</p> : null}
              <div className="flex items-center gap-2">
                <Button type="submit" size="sm" disabled={pending}>
                  Save
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => setIsEditing(false)}>
                  Cancel
                </Button>
              </div>
              {message}
            </>
          )}
        </ActionForm>
      ) : (
        <>
          {renderedBody ?? <MarkdownView source={comment.body ?? ""} />}
          {comment.isHidden && comment.hiddenReason ? <p className="text-xs text-danger">Hidden: {comment.hiddenReason}</p> : null}
        </>
      )}
      {!isEditing ? (
        <div className="flex flex-wrap items-center gap-3">
          {comment.canEdit ? (
            <button type="button" onClick={() => setIsEditing(true)} className="text-xs font-medium text-subtle hover:text-ink">
              Edit
            </button>
          ) : null}
          {comment.canDelete ? (
            <ActionForm action={deleteCommentAction} aria-label="Delete comment">
              {({ pending, message }) => (
                <>
                  <input type="hidden" name="painPointId" value={painPointId} />
                  <input type="hidden" name="commentId" value={comment.id} />
                  <button type="submit" disabled={pending} className="text-xs font-medium text-subtle hover:text-danger">
                    Delete
                  </button>
                  {message}
                </>
              )}
            </ActionForm>
          ) : null}
          {canModerate ? (
            <ActionForm action={hideCommentAction} className="flex items-center gap-2" aria-label={comment.isHidden ? "Show comment again" : "Hide comment"}>
              {({ pending, fieldErrors, message }) => (
                <>
                  <input type="hidden" name="painPointId" value={painPointId} />
                  <input type="hidden" name="commentId" value={comment.id} />
                  <input type="hidden" name="isHidden" value={String(!comment.isHidden)} />
                  <Input name="reason" aria-label="Reason" placeholder="Reason" className="h-7 w-40 text-xs" aria-invalid={fieldErrors.reason ? true : undefined} />
                  <button type="submit" disabled={pending} className="text-xs font-medium text-danger hover:underline">
                    {comment.isHidden ? "Show again" : "Hide"}
                  </button>
                  {message}
                </>
              )}
            </ActionForm>
          ) : null}
          {canFlag && !comment.isHidden ? <FlagForm painPointId={painPointId} commentId={comment.id} label="Flag" /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** `renderedBodies`: each comment's body as the page rendered it (with the glossary's marks), by comment id. */
export function CommentThread({
  painPointId,
  comments,
  renderedBodies,
  canComment,
  canModerate,
  canFlag,
}: {
  painPointId: number;
  comments: Comment[];
  renderedBodies: Record<string, ReactNode>;
  canComment: boolean;
  canModerate: boolean;
  canFlag: boolean;
}) {
  return (
    <section aria-labelledby="comments-heading" className="space-y-2">
      <h2 id="comments-heading" className="flex items-center gap-2 text-lg font-semibold">
        <MessageSquare aria-hidden className="size-5 text-subtle" /> Comments <span className="text-sm font-normal text-subtle">({comments.length})</span>
      </h2>
      {comments.length === 0 ? <p className="text-sm text-subtle">No comments yet. Seen this too, or found a workaround? Say so.</p> : null}
      <ul className="divide-y divide-line">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} renderedBody={renderedBodies[comment.id]} painPointId={painPointId} canModerate={canModerate} canFlag={canFlag} />
        ))}
      </ul>
      {canComment ? (
        <ActionForm action={addCommentAction} resetOnSuccess className="space-y-2 pt-2" aria-label="Add a comment">
          {({ pending, fieldErrors, message }) => (
            <>
              <input type="hidden" name="painPointId" value={painPointId} />
              <label htmlFor="new-comment" className="text-sm font-medium">
                Add a comment <span className="font-normal text-subtle">(Markdown)</span>
              </label>
              <Textarea id="new-comment" name="body" rows={4} maxLength={limits.comment} aria-invalid={fieldErrors.body ? true : undefined} placeholder="A workaround, a reproducer, a link to the upstream discussion…" />
              {fieldErrors.body ? <p className="text-sm font-medium text-danger">{fieldErrors.body.join(" ")}</p> : null}
              <div className="flex items-center gap-3">
                <Button type="submit" disabled={pending}>
                  {pending ? "Posting…" : "Post comment"}
                </Button>
                {message}
              </div>
            </>
          )}
        </ActionForm>
      ) : (
        <a href={`/sign-in?callbackUrl=/pain-points/${painPointId}`} className="inline-block text-sm font-medium text-primary hover:underline">
          Sign in to comment
        </a>
      )}
    </section>
  );
}
