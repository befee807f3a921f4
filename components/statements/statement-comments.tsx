"use client";

import { MessageSquare, MessageSquarePlus, TextSelect } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { LazyLiveNotes, type LazyLiveNotesProps } from "@/components/notes/lazy-live-notes";
import type { LiveEditor } from "@/components/notes/live-notes";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { UserText } from "@/components/ui/user-text";
import type { ActionResult } from "@/lib/action-result";
import type { CommentAnchor } from "@/lib/statements/comments/comment-anchors";
import type { StatementComments } from "@/lib/statements/comments/list-statement-comments";
import type { StatementCommentThreadView } from "@/lib/statements/comments/records";
import { commentLimits } from "@/lib/statements/comments/schemas";
import { cn } from "@/lib/ui/cn";
import { formatDateTimeUtc } from "@/lib/ui/format";
import type { CommentHighlighter } from "./comment-highlights";

type FormAction = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

export interface CommentActions {
  create: FormAction;
  reply: FormAction;
  resolve: FormAction;
  reopen: FormAction;
}

interface CommentsProps {
  slug: string;
  comments: StatementComments;
  actions: CommentActions;
}

/** What the comments know of the live editor, when there is one. */
interface EditorBridge {
  /** The member's selection in the text, if any. */
  selection: { from: number; to: number } | null;
  anchorForSelection: () => CommentAnchor | null;
  showPassage: (threadId: number) => boolean;
  /** Whether each anchored thread's passage is in the text now (live); unknown threads are taken as the server saw them. */
  found: Map<number, boolean>;
}

/**
 * A statement's live text with its anchored comments: open threads' passages
 * are marked in the editor, selecting a passage offers to comment on it,
 * clicking a marked passage shows its thread, and a thread's "Show in text"
 * selects its passage wherever edits have moved it.
 */
export function StatementTextWithComments({ editor, textHeader, ...props }: CommentsProps & { editor: LazyLiveNotesProps; textHeader: ReactNode }) {
  const [live, setLive] = useState<LiveEditor | null>(null);
  const [highlighter, setHighlighter] = useState<CommentHighlighter | null>(null);
  const [selection, setSelection] = useState<{ from: number; to: number } | null>(null);
  const [activeThreadId, setActiveThreadId] = useState<number | null>(null);
  const [found, setFound] = useState<Map<number, boolean>>(new Map());

  useEffect(() => {
    if (!live) return;
    let installed: CommentHighlighter | null = null;
    let isCancelled = false;
    void import("./comment-highlights").then(({ installCommentHighlights }) => {
      if (isCancelled) return;
      installed = installCommentHighlights(live, { onSelectionChange: setSelection, onPassageClick: setActiveThreadId, onPassagesFound: setFound });
      setHighlighter(installed);
    });
    return () => {
      isCancelled = true;
      installed?.destroy();
      setHighlighter(null);
      setSelection(null);
    };
  }, [live]);

  const openAnchored = props.comments.threads.filter((thread) => !thread.resolvedAt && thread.anchor);
  useEffect(() => {
    highlighter?.setThreads(
      openAnchored.map((thread) => ({ id: thread.id, anchor: thread.anchor! })),
      activeThreadId,
    );
    // The threads are new objects on every render; their ids and anchors are what matter.
  }, [highlighter, activeThreadId, JSON.stringify(openAnchored.map((thread) => [thread.id, thread.anchor]))]); // eslint-disable-line react-hooks/exhaustive-deps

  const bridge: EditorBridge | null = live
    ? {
        selection,
        anchorForSelection: () => highlighter?.anchorForSelection() ?? null,
        showPassage: (threadId) => highlighter?.showPassage(threadId) ?? false,
        found,
      }
    : null;

  return (
    <>
      <section aria-labelledby="text-heading" className="space-y-3">
        {textHeader}
        <LazyLiveNotes {...editor} onEditorReady={setLive} />
      </section>
      <CommentThreads {...props} editor={bridge} activeThreadId={activeThreadId} onActivate={setActiveThreadId} />
    </>
  );
}

/** The comments without an editor: the text frozen for the vote, or a published record. */
export function StatementCommentsPanel(props: CommentsProps) {
  const [activeThreadId, setActiveThreadId] = useState<number | null>(null);
  return <CommentThreads {...props} editor={null} activeThreadId={activeThreadId} onActivate={setActiveThreadId} />;
}

function CommentThreads({ slug, comments, actions, editor, activeThreadId, onActivate }: CommentsProps & { editor: EditorBridge | null; activeThreadId: number | null; onActivate: (id: number | null) => void }) {
  const [draft, setDraft] = useState<{ anchor: CommentAnchor | null } | null>(null);
  const [selectionMessage, setSelectionMessage] = useState<string | null>(null);
  const open = comments.threads.filter((thread) => !thread.resolvedAt);
  const resolved = comments.threads.filter((thread) => thread.resolvedAt);

  const commentOnSelection = () => {
    const anchor = editor?.anchorForSelection() ?? null;
    if (!anchor || !anchor.quote.trim()) return setSelectionMessage("Select the words in the text you want to comment on first.");
    setSelectionMessage(null);
    setDraft({ anchor });
  };

  return (
    <section aria-labelledby="comments-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="comments-heading" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          Comments
          <span className="text-sm font-normal text-muted">{open.length === 0 ? "none open" : `${open.length} open`}</span>
        </h2>
        {comments.canComment ? (
          <div className="flex flex-wrap gap-2">
            {editor ? (
              <Button type="button" size="sm" variant={editor.selection ? "primary" : "secondary"} onClick={commentOnSelection} aria-describedby={selectionMessage ? "comment-selection-message" : undefined}>
                <TextSelect aria-hidden className="size-4" />
                Comment on the selected passage
              </Button>
            ) : null}
            <Button type="button" size="sm" variant="ghost" onClick={() => setDraft({ anchor: null })}>
              <MessageSquarePlus aria-hidden className="size-4" />
              Comment on the whole statement
            </Button>
          </div>
        ) : null}
      </div>
      {selectionMessage ? (
        <p id="comment-selection-message" role="alert" className="text-sm font-medium text-danger">
          {selectionMessage}
        </p>
      ) : null}
      {!comments.canComment && comments.closedMessage ? <p className="text-sm text-muted">{comments.closedMessage}</p> : null}

      {draft ? <NewCommentForm key={JSON.stringify(draft.anchor)} slug={slug} anchor={draft.anchor} action={actions.create} onDone={() => setDraft(null)} /> : null}

      {open.length === 0 && !draft ? (
        <div className="flex items-start gap-3 rounded-lg border border-dashed border-line-strong bg-surface px-4 py-5 text-sm text-muted">
          <MessageSquare aria-hidden className="mt-0.5 size-5 shrink-0 text-subtle" />
          <p>
            {resolved.length > 0 ? "Every thread is resolved. " : "No comments yet. "}
            {comments.canComment ? (editor ? "Select a passage in the text to comment on it, or comment on the whole statement." : "Comment on the whole statement with the button above.") : null}
          </p>
        </div>
      ) : null}

      {open.length > 0 ? (
        <ol className="space-y-3" aria-label="Open threads">
          {open.map((thread) => (
            <CommentThread key={thread.id} slug={slug} thread={thread} actions={actions} canComment={comments.canComment} editor={editor} isActive={thread.id === activeThreadId} onActivate={onActivate} />
          ))}
        </ol>
      ) : null}

      {resolved.length > 0 ? (
        <details className="group rounded-lg border border-line bg-surface-muted/40">
          <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-muted hover:text-ink">Resolved threads ({resolved.length})</summary>
          <ol className="space-y-3 px-3 pb-3" aria-label="Resolved threads">
            {resolved.map((thread) => (
              <CommentThread key={thread.id} slug={slug} thread={thread} actions={actions} canComment={comments.canComment} editor={editor} isActive={false} onActivate={onActivate} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

function NewCommentForm({ slug, anchor, action, onDone }: { slug: string; anchor: CommentAnchor | null; action: FormAction; onDone: () => void }) {
  return (
    <CommentTextForm action={action} onDone={onDone} aria-label="New comment" fieldId="new-comment-body" label="Your comment" submitLabel="Add comment" pendingLabel="Adding…" className="rounded-lg border border-primary/40 bg-surface p-4 shadow-sm">
      {(fieldErrors) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          {anchor ? (
            <>
              <input type="hidden" name="anchor" value={JSON.stringify({ start: anchor.start, end: anchor.end })} />
              <input type="hidden" name="quote" value={anchor.quote} />
              <PassageQuote quote={anchor.quote} />
            </>
          ) : (
            <p className="text-sm text-muted">On the whole statement.</p>
          )}
          {fieldErrors.anchor ? <p className="text-sm font-medium text-danger">{fieldErrors.anchor.join(" ")}</p> : null}
        </>
      )}
    </CommentTextForm>
  );
}

/** A comment or reply being written: what it is on (`children`), the text, submit and cancel; refusals at the field, the text kept. */
function CommentTextForm({
  action,
  onDone,
  fieldId,
  label,
  submitLabel,
  pendingLabel,
  className,
  children,
  "aria-label": ariaLabel,
}: {
  action: FormAction;
  onDone: () => void;
  fieldId: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  className?: string;
  children: (fieldErrors: Record<string, string[] | undefined>) => ReactNode;
  "aria-label": string;
}) {
  return (
    <ActionForm action={action} onSuccess={onDone} className={cn("space-y-3", className)} aria-label={ariaLabel}>
      {({ pending, fieldErrors, message }) => (
        <>
          {children(fieldErrors)}
          <Field id={fieldId} label={label} errors={fieldErrors.body}>
            {(props) => <Textarea {...props} name="body" rows={3} maxLength={commentLimits.maxBodyLength} autoFocus className="min-h-20" />}
          </Field>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? pendingLabel : submitLabel}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={onDone}>
              Cancel
            </Button>
            {message}
          </div>
        </>
      )}
    </ActionForm>
  );
}

function PassageQuote({ quote, isDeleted = false }: { quote: string; isDeleted?: boolean }) {
  return (
    <blockquote className={cn("line-clamp-3 border-l-4 pl-3 text-sm whitespace-pre-line", isDeleted ? "border-line-strong text-subtle line-through" : "border-warning text-ink")}>
      <UserText>{quote}</UserText>
    </blockquote>
  );
}

function CommentThread({
  slug,
  thread,
  actions,
  canComment,
  editor,
  isActive,
  onActivate,
}: {
  slug: string;
  thread: StatementCommentThreadView;
  actions: CommentActions;
  canComment: boolean;
  editor: EditorBridge | null;
  isActive: boolean;
  onActivate: (id: number | null) => void;
}) {
  const [isReplying, setIsReplying] = useState(false);
  const [notFoundMessage, setNotFoundMessage] = useState<string | null>(null);
  const item = useRef<HTMLLIElement>(null);
  // A click on the passage in the text brings its thread into view.
  useEffect(() => {
    if (isActive) item.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [isActive]);

  const isPassageDeleted = thread.anchor ? !(editor?.found.get(thread.id) ?? !thread.isPassageDeleted) : false;
  const showInText = () => {
    onActivate(thread.id);
    setNotFoundMessage(editor?.showPassage(thread.id) ? null : "The passage is no longer in the text.");
  };

  return (
    <li ref={item} data-testid="comment-thread" aria-label={`Comment by ${thread.authorName}`} className={cn("rounded-lg border bg-surface p-4 text-sm shadow-xs transition-shadow", isActive ? "border-warning ring-2 ring-warning/40" : "border-line")}>
      <div className="space-y-3">
        {thread.quote !== null ? (
          <div className="space-y-1.5">
            <PassageQuote quote={thread.quote} isDeleted={isPassageDeleted} />
            <div className="flex flex-wrap items-center gap-2">
              {isPassageDeleted ? <Badge tone="neutral">Passage deleted from the text</Badge> : null}
              {editor && !isPassageDeleted && !thread.resolvedAt ? (
                <button type="button" onClick={showInText} className="text-xs font-medium text-primary hover:underline">
                  Show in text
                </button>
              ) : null}
              {notFoundMessage ? <span className="text-xs text-muted">{notFoundMessage}</span> : null}
            </div>
          </div>
        ) : (
          <p className="text-xs font-medium tracking-wide text-subtle uppercase">On the whole statement</p>
        )}
        <CommentBody authorName={thread.authorName} isOwn={thread.isOwn} createdAt={thread.createdAt} body={thread.body} />
        {thread.replies.length > 0 ? (
          <ol className="space-y-3 border-l-2 border-line pl-4" aria-label="Replies">
            {thread.replies.map((reply) => (
              <li key={reply.id}>
                <CommentBody authorName={reply.authorName} isOwn={reply.isOwn} createdAt={reply.createdAt} body={reply.body} />
              </li>
            ))}
          </ol>
        ) : null}
        {thread.resolvedAt ? (
          <p className="text-xs text-muted">
            Resolved by <UserText>{thread.resolvedByName}</UserText>, {formatDateTimeUtc(thread.resolvedAt)}
          </p>
        ) : null}
        {canComment ? (
          <div className="space-y-3">
            {isReplying ? (
              <CommentTextForm action={actions.reply} onDone={() => setIsReplying(false)} aria-label="Reply" fieldId={`reply-${thread.id}`} label="Your reply" submitLabel={thread.resolvedAt ? "Reply and reopen" : "Reply"} pendingLabel="Replying…">
                {() => (
                  <>
                    <input type="hidden" name="slug" value={slug} />
                    <input type="hidden" name="commentId" value={thread.id} />
                  </>
                )}
              </CommentTextForm>
            ) : null}
            <div className="flex flex-wrap items-center gap-2">
              {!isReplying ? (
                <Button type="button" size="sm" variant="secondary" onClick={() => setIsReplying(true)}>
                  Reply
                </Button>
              ) : null}
              <ActionForm action={thread.resolvedAt ? actions.reopen : actions.resolve} className="flex flex-wrap items-center gap-3" aria-label={thread.resolvedAt ? "Reopen the thread" : "Resolve the thread"}>
                {({ pending, message }) => (
                  <>
                    <input type="hidden" name="slug" value={slug} />
                    <input type="hidden" name="commentId" value={thread.id} />
                    <Button type="submit" size="sm" variant="ghost" disabled={pending}>
                      {thread.resolvedAt ? "Reopen" : "Resolve"}
                    </Button>
                    {message}
                  </>
                )}
              </ActionForm>
            </div>
          </div>
        ) : null}
      </div>
    </li>
  );
}

function CommentBody({ authorName, isOwn, createdAt, body }: { authorName: string; isOwn: boolean; createdAt: Date; body: string }) {
  return (
    <div className="space-y-1">
      <p className="text-xs text-muted">
        <span className="font-semibold text-ink">
          <UserText>{authorName}</UserText>
        </span>
        {isOwn ? " (you)" : ""} · <time dateTime={createdAt.toISOString()}>{formatDateTimeUtc(createdAt)}</time>
      </p>
      <p className="leading-6 whitespace-pre-line break-words text-ink">
        <UserText>{body}</UserText>
      </p>
    </div>
  );
}
