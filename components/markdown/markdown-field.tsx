"use client";

import { useState, type ReactNode } from "react";
import { MarkdownView } from "@/components/markdown/markdown-view";
import { Textarea } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";

/**
 * A Markdown text field with Write and Preview tabs, a character count
 * against its limit, and its errors. The textarea stays in the form while the
 * preview shows, so what was typed is always posted.
 */
export function MarkdownField({
  id,
  name,
  label,
  labelNote = "(Markdown)",
  labelClassName = "font-medium",
  value,
  onChange,
  rows,
  maxLength,
  placeholder,
  hint,
  errors,
  previewTestId,
  previewClassName = "min-h-40",
  textareaClassName,
}: {
  id: string;
  name: string;
  label: string;
  labelNote?: string;
  labelClassName?: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  maxLength: number;
  placeholder?: string;
  hint: ReactNode;
  errors?: string[];
  previewTestId: string;
  previewClassName?: string;
  textareaClassName?: string;
}) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  return (
    <div className="space-y-2">
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={id} className={cn("text-sm", labelClassName)}>
          {label} <span className="font-normal text-subtle">{labelNote}</span>
        </label>
        <div role="tablist" aria-label={`${label} editor`} className="inline-flex rounded-lg border border-line bg-surface-muted p-0.5 text-xs font-medium">
          {(["write", "preview"] as const).map((tabName) => (
            <button
              key={tabName}
              type="button"
              role="tab"
              aria-selected={tab === tabName}
              onClick={() => setTab(tabName)}
              className={cn("rounded-md px-3 py-1 capitalize", tab === tabName ? "bg-surface text-ink shadow-xs" : "text-muted hover:text-ink")}
            >
              {tabName}
            </button>
          ))}
        </div>
      </div>
      <Textarea
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={rows}
        maxLength={maxLength}
        hidden={tab !== "write"}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={placeholder}
        className={textareaClassName}
      />
      {tab === "preview" ? (
        <div className={cn("rounded-lg border border-line bg-surface px-4 py-3", previewClassName)} data-testid={previewTestId}>
          {value.trim() ? <MarkdownView source={value} /> : <p className="text-sm text-subtle">Nothing to preview yet.</p>}
        </div>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-subtle">
        {hint} {value.length.toLocaleString("en")} / {maxLength.toLocaleString("en")} characters.
      </p>
      {errors ? <p className="text-sm font-medium text-danger">{errors.join(" ")}</p> : null}
    </div>
  );
}
