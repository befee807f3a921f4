import type { ReactNode } from "react";
import { ConnectionStatus } from "@/components/ui/connection-status";
import { UserText } from "@/components/ui/user-text";
import { cn } from "@/lib/ui/cn";

/** What the person sees about the link to the server. */
export type NotesConnection =
  | { state: "connecting" }
  | { state: "live" }
  | { state: "offline" }
  /** The server said no (not allowed, expired sign-in, too much at once…). */
  | { state: "refused"; reason: string };

export type NotesView = "write" | "split" | "preview";

export interface NotesParticipant {
  clientId: number;
  name: string;
  color: string;
  isYou: boolean;
}

/**
 * The look of a live document (a session's notes, a statement's text): a bar
 * with the connection, who is here and the view switch, then the editor and
 * the rendered preview. Shared by the editor
 * and by what stands in for it while its code loads, so nothing moves when
 * the editor arrives.
 */
export function NotesFrame({
  connection,
  participants,
  canEdit,
  view,
  onViewChange,
  editor,
  preview,
  isWritable = false,
  isSynced = false,
  notice,
}: {
  connection: NotesConnection;
  participants: NotesParticipant[];
  canEdit: boolean;
  view: NotesView;
  /** Absent while the editor loads: the switch shows but does nothing yet. */
  onViewChange?: (view: NotesView) => void;
  editor: ReactNode;
  preview: ReactNode;
  isWritable?: boolean;
  isSynced?: boolean;
  /** Why the text cannot be edited now although the page offered it (the server refused an edit). */
  notice?: string;
}) {
  const showsEditor = view !== "preview";
  const showsPreview = view !== "write";
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-sm" data-testid="live-notes">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line bg-surface-muted px-3 py-2">
        <ConnectionBadge connection={connection} />
        <ul className="flex min-w-0 flex-1 flex-wrap items-center gap-1.5" aria-label="Who is here" data-testid="participants">
          {participants.map((person) => (
            <li key={person.clientId} className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-2 py-0.5 text-xs">
              <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: person.color }} />
              <span className="max-w-40 truncate">
                <UserText>{person.name}</UserText>
                {person.isYou ? " (you)" : null}
              </span>
            </li>
          ))}
        </ul>
        {!canEdit && <span className="rounded-full bg-info-soft px-2 py-0.5 text-xs font-medium text-info">Read-only</span>}
        <div role="group" aria-label="Notes view" className="inline-flex rounded-lg border border-line bg-surface p-0.5 text-xs">
          {(["write", "split", "preview"] as const).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view === name}
              disabled={!onViewChange}
              onClick={() => onViewChange?.(name)}
              className={cn("rounded-md px-2.5 py-1 font-medium capitalize", view === name ? "bg-primary text-on-primary" : "text-muted hover:text-ink", name === "split" && "hidden md:inline-block")}
            >
              {name === "write" ? (canEdit ? "Write" : "Source") : name}
            </button>
          ))}
        </div>
      </div>
      {notice && (
        <p role="status" className="border-b border-line bg-warning-soft px-3 py-2 text-sm text-warning" data-testid="notes-notice">
          {notice}
        </p>
      )}
      <div className={cn("grid min-h-96", showsEditor && showsPreview && "md:grid-cols-2")}>
        <div className={cn("max-h-[70vh] min-h-96 overflow-auto", !showsEditor && "hidden", showsPreview && "md:border-r md:border-line")} data-testid="notes-editor" data-writable={isWritable} data-synced={isSynced}>
          {editor}
        </div>
        {showsPreview && (
          // On a phone "split" is the editor alone (no room for two columns); Preview is one tap away.
          <div className={cn("max-h-[70vh] min-h-96 overflow-auto px-5 py-4", view === "split" && "hidden md:block")} data-testid="notes-preview" aria-live="off">
            {preview}
          </div>
        )}
      </div>
    </div>
  );
}

export function EmptyNotesPreview({ canEdit }: { canEdit: boolean }) {
  return <p className="text-sm text-subtle">{canEdit ? "Nothing written yet. Start typing in the editor." : "Nothing written yet."}</p>;
}

export const initialNotesView = (canEdit: boolean): NotesView => (canEdit ? "split" : "preview");

function ConnectionBadge({ connection }: { connection: NotesConnection }) {
  const look = {
    connecting: { tone: "pending", label: "Connecting…" },
    live: { tone: "live", label: "Live" },
    offline: { tone: "down", label: "Offline — your edits are kept and merge when the connection returns" },
    refused: { tone: "down", label: connection.state === "refused" ? connection.reason : "" },
  } as const;
  return <ConnectionStatus {...look[connection.state]} state={connection.state} testId="connection-state" />;
}
