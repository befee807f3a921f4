"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { limits } from "@/lib/sessions/schemas";
import { cn } from "@/lib/ui/cn";

export interface AgendaRow {
  title: string;
  speaker: string;
  minutes: string;
}

type KeyedRow = AgendaRow & { key: string };

const emptyRow = (): AgendaRow => ({ title: "", speaker: "", minutes: "" });

/**
 * The agenda as rows of repeated fields (agendaTitle, agendaSpeaker,
 * agendaMinutes), so the browser posts them in their order on the page — the
 * order that is saved. Rows are added, removed and moved here; errors come
 * back by the row's position when it was sent (`submittedKeys` maps them back
 * to the rows, which may have moved since).
 */
export function AgendaEditor({
  initial,
  fieldErrors,
  submittedKeys,
  sessionMinutes,
}: {
  initial: AgendaRow[];
  fieldErrors: Record<string, string[] | undefined>;
  submittedKeys: string[];
  /** The session's length as the form has it now, to compare the agenda with. */
  sessionMinutes: number | null;
}) {
  const nextKey = useRef(initial.length + 1);
  const [rows, setRows] = useState<KeyedRow[]>(() => (initial.length ? initial : [emptyRow()]).map((row, index) => ({ ...row, key: `item-${index}` })));
  // After a move, focus stays on the button that was pressed, now in the row's new place.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget) as HTMLButtonElement | HTMLInputElement | null;
    if (target && !target.disabled) target.focus();
  }, [focusTarget, rows]);

  const total = rows.reduce((sum, row) => sum + (/^\d{1,3}$/.test(row.minutes.trim()) ? Number(row.minutes) : 0), 0);
  const isOverLength = sessionMinutes !== null && sessionMinutes > 0 && total > sessionMinutes;

  const update = (key: string, field: keyof AgendaRow, value: string) => setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const move = (index: number, by: -1 | 1, button: "up" | "down") => {
    setRows((current) => {
      const target = index + by;
      if (target < 0 || target >= current.length) return current;
      const next = [...current];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });
    const key = rows[index]?.key;
    const isAtEdge = (button === "up" && index + by === 0) || (button === "down" && index + by === rows.length - 1);
    if (key) setFocusTarget(`agenda-${key}-${isAtEdge ? (button === "up" ? "down" : "up") : button}`);
  };
  const remove = (index: number) => {
    setRows((current) => current.filter((_, position) => position !== index));
    setFocusTarget(null);
  };
  const add = () => {
    const key = `item-${nextKey.current++}`;
    setRows((current) => [...current, { ...emptyRow(), key }]);
    setFocusTarget(`agenda-${key}-title`);
  };

  const errorsFor = (key: string, field: keyof AgendaRow) => {
    const position = submittedKeys.indexOf(key);
    return position < 0 ? undefined : fieldErrors[`agenda.${position}.${field}`];
  };

  return (
    <div className="space-y-3">
      {rows.length === 0 ? <p className="rounded-lg border border-dashed border-line-strong px-4 py-6 text-center text-sm text-muted">No agenda items yet.</p> : null}
      <ol className="space-y-3" aria-label="Agenda items">
        {rows.map((row, index) => {
          const number = index + 1;
          const errors = { title: errorsFor(row.key, "title"), speaker: errorsFor(row.key, "speaker"), minutes: errorsFor(row.key, "minutes") };
          const field = (name: keyof AgendaRow) => `agenda-${row.key}-${name}`;
          return (
            <li
              key={row.key}
              className="flex flex-col gap-2 rounded-lg border border-line bg-surface-muted/40 p-3 sm:flex-row sm:items-start sm:gap-2"
              data-testid="agenda-row"
              data-agenda-key={row.key}
            >
              <div className="flex min-w-0 flex-1 items-start gap-3">
                <span aria-hidden className="mt-7 w-5 shrink-0 text-right text-sm font-semibold text-subtle tabular-nums">
                  {number}.
                </span>
                <div className="grid min-w-0 flex-1 grid-cols-[minmax(0,1fr)_5.5rem] gap-x-3 gap-y-2 sm:grid-cols-[minmax(0,1fr)_10rem_5rem]">
                  <RowField id={field("title")} label="Title" itemNumber={number} hasErrors={Boolean(errors.title)} className="col-span-2 sm:col-span-1">
                    {(props) => (
                      <Input {...props} name="agendaTitle" value={row.title} onChange={(event) => update(row.key, "title", event.target.value)} maxLength={limits.agendaTitle} placeholder="e.g. Array API standard: where we are" />
                    )}
                  </RowField>
                  <RowField id={field("speaker")} label="Speaker" itemNumber={number} hasErrors={Boolean(errors.speaker)} optional>
                    {(props) => <Input {...props} name="agendaSpeaker" value={row.speaker} onChange={(event) => update(row.key, "speaker", event.target.value)} maxLength={limits.speaker} />}
                  </RowField>
                  <RowField id={field("minutes")} label="Minutes" itemNumber={number} hasErrors={Boolean(errors.minutes)}>
                    {(props) => (
                      <Input
                        {...props}
                        name="agendaMinutes"
                        value={row.minutes}
                        onChange={(event) => update(row.key, "minutes", event.target.value)}
                        inputMode="numeric"
                        pattern="[0-9]*"
                        className="tabular-nums"
                      />
                    )}
                  </RowField>
                  {/* Messages go under the whole row: the minutes column is too narrow to hold a sentence. */}
                  {(["title", "speaker", "minutes"] as const).map((name) =>
                    errors[name] ? (
                      <p key={name} id={`${field(name)}-error`} className="col-span-full text-sm font-medium text-danger">
                        {errors[name].join(" ")}
                      </p>
                    ) : null,
                  )}
                </div>
              </div>
              {/* On a phone the buttons get a line of their own, with words; beside the fields they are icons. */}
              <div className="flex shrink-0 justify-end gap-1 border-t border-line pt-2 sm:mt-6 sm:gap-0 sm:border-0 sm:pt-0">
                <Button
                  id={`agenda-${row.key}-up`}
                  variant="ghost"
                  size="sm"
                  onClick={() => move(index, -1, "up")}
                  disabled={index === 0}
                  aria-label={`Move item ${number} up`}
                  title="Move up"
                  className="sm:px-2"
                >
                  <ArrowUp aria-hidden className="size-4" />
                  <span className="sm:hidden">Up</span>
                </Button>
                <Button
                  id={`agenda-${row.key}-down`}
                  variant="ghost"
                  size="sm"
                  onClick={() => move(index, 1, "down")}
                  disabled={index === rows.length - 1}
                  aria-label={`Move item ${number} down`}
                  title="Move down"
                  className="sm:px-2"
                >
                  <ArrowDown aria-hidden className="size-4" />
                  <span className="sm:hidden">Down</span>
                </Button>
                <Button variant="ghost" size="sm" onClick={() => remove(index)} aria-label={`Remove item ${number}`} title="Remove" className="hover:text-danger sm:px-2">
                  <Trash2 aria-hidden className="size-4" />
                  <span className="sm:hidden">Remove</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {fieldErrors.agenda ? <p className="text-sm font-medium text-danger">{fieldErrors.agenda.join(" ")}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" size="sm" onClick={add} disabled={rows.length >= limits.agendaItems}>
          <Plus aria-hidden className="size-4" /> Add item
        </Button>
        <p className={cn("text-sm tabular-nums", isOverLength ? "font-medium text-warning" : "text-muted")} aria-live="polite" data-testid="agenda-total">
          {rows.length === 1 ? "1 item" : `${rows.length} items`} · {total} min
          {sessionMinutes !== null && sessionMinutes > 0 ? ` of the session’s ${sessionMinutes}` : " in total"}
          {isOverLength ? " — longer than the session" : ""}
        </p>
      </div>
    </div>
  );
}

/** A labelled agenda field whose accessible name says which item it belongs to ("Minutes of item 2"); its message is shown under the row. */
function RowField({
  id,
  label,
  itemNumber,
  hasErrors,
  optional = false,
  className,
  children,
}: {
  id: string;
  label: string;
  itemNumber: number;
  hasErrors: boolean;
  optional?: boolean;
  className?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  return (
    <div className={cn("min-w-0 space-y-1", className)}>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
        <span className="sr-only"> of item {itemNumber}</span>
        {optional ? <span className="font-normal text-subtle"> (optional)</span> : null}
      </label>
      {children({ id, "aria-describedby": hasErrors ? `${id}-error` : undefined, "aria-invalid": hasErrors ? true : undefined })}
    </div>
  );
}
