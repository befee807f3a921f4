"use client";

import { Switch } from "radix-ui";
import { useId } from "react";
import { setGlossaryMarksPreference, useGlossaryMarksPreference } from "@/lib/glossary/marks-preference";
import { cn } from "@/lib/ui/cn";

/**
 * The reader's switch for glossary marks in text (kept in this browser, see
 * lib/glossary/marks-preference.ts): on the glossary page, and where someone
 * who turned them off from a popover can turn them back on.
 */
export function GlossaryMarksToggle({ className }: { className?: string }) {
  const isOn = useGlossaryMarksPreference() === "on";
  const id = useId();

  return (
    <div className={cn("rounded-lg border border-line bg-surface-muted/60 px-3 py-2.5", className)}>
      <div className="flex items-center justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          Mark glossary terms in text
        </label>
        <Switch.Root
          id={id}
          checked={isOn}
          onCheckedChange={(checked) => setGlossaryMarksPreference(checked ? "on" : "off")}
          aria-describedby={`${id}-hint`}
          className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full bg-line-strong transition-colors data-[state=checked]:bg-primary"
        >
          <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-[1.375rem]" />
        </Switch.Root>
      </div>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-subtle">
        {isOn ? "The first mention of a word HPC and Python people read differently is underlined; point at it, focus it or tap it for both meanings." : "Words are shown as plain text. This is remembered in this browser."}
      </p>
    </div>
  );
}
