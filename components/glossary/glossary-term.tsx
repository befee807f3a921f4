"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from "react";
import type { GlossaryIndexTerm } from "@/lib/glossary/glossary-index";
import { setGlossaryMarksPreference, useGlossaryMarksPreference } from "@/lib/glossary/marks-preference";
import { describeGlossaryTerm, senseNoteParts } from "@/lib/glossary/sense-note";

/**
 * A glossary term marked in rendered Markdown (the first occurrence of each,
 * lib/glossary/term-marking.ts). The word stays in the sentence as written,
 * a button styled as text with a dotted underline; its senses show in a
 * popover on hover (after a pause, and for as long as the pointer is on the
 * word or the popover), on keyboard focus, and on a tap or click, which
 * keeps it open until a second one, Escape or a click elsewhere.
 *
 * The popover sits in the top layer (the Popover API, `popover="manual"`:
 * the hub decides when it closes), placed by hand under the word, or above
 * it when there is no room below, and kept inside the viewport, so it never
 * moves the text around it. Where the Popover API is missing it is a fixed
 * element over the page, placed the same way.
 *
 * Everything is a <span> (or phrasing content: a link, a button): a term is
 * marked inside paragraphs, list items and table cells.
 */

type OpenReason = "hover" | "focus" | "pinned";

/** A pointer passing over text does not open anything; one resting on a word does. */
const hoverOpenDelay = 300;
/** Long enough to cross from the word to the popover below it. */
const hoverCloseDelay = 200;
const offsetFromWord = 6;
const viewportMargin = 8;

/** One popover open at a time: opening one closes the one before. */
let closeOpenTerm: (() => void) | null = null;

export function GlossaryTerm({ slug, term, children }: { slug: string; term: GlossaryIndexTerm; children: ReactNode }) {
  const preference = useGlossaryMarksPreference();
  if (preference === "off") return <>{children}</>;
  return (
    <MarkedTerm slug={slug} term={term}>
      {children}
    </MarkedTerm>
  );
}

function MarkedTerm({ slug, term, children }: { slug: string; term: GlossaryIndexTerm; children: ReactNode }) {
  const id = useId();
  const popoverId = `${id}-senses`;
  const headwordId = `${id}-headword`;
  const [openReason, setOpenReason] = useState<OpenReason | null>(null);
  const isOpen = openReason !== null;
  const wrapperRef = useRef<HTMLSpanElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLSpanElement>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  /** Set while focus is put back on the word after Escape, which must not reopen what Escape closed. */
  const isReturningFocus = useRef(false);

  const clearHoverTimer = useCallback(() => {
    window.clearTimeout(hoverTimer.current);
    hoverTimer.current = undefined;
  }, []);
  const close = useCallback(() => {
    clearHoverTimer();
    setOpenReason(null);
  }, [clearHoverTimer]);

  useEffect(() => clearHoverTimer, [clearHoverTimer]);

  // Into the top layer and beside the word before the browser paints, and kept there while the page scrolls.
  useLayoutEffect(() => {
    const popover = popoverRef.current;
    const trigger = triggerRef.current;
    if (!isOpen || !popover || !trigger) return;
    const hasPopoverApi = typeof popover.showPopover === "function";
    if (hasPopoverApi && !popover.matches(":popover-open")) popover.showPopover();
    const place = () => placeBeside(popover, trigger);
    place();
    window.addEventListener("scroll", place, { capture: true, passive: true });
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, { capture: true });
      window.removeEventListener("resize", place);
      if (hasPopoverApi && popover.matches(":popover-open")) popover.hidePopover();
    };
  }, [isOpen]);

  // While open: Escape closes it (focus back on the word if it was in the popover), a press elsewhere closes it, and it is the only one open.
  useEffect(() => {
    if (!isOpen) return;
    if (closeOpenTerm && closeOpenTerm !== close) closeOpenTerm();
    closeOpenTerm = close;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      close();
      if (wrapperRef.current?.contains(document.activeElement)) {
        isReturningFocus.current = true;
        triggerRef.current?.focus();
        isReturningFocus.current = false;
      }
    };
    const onPointerDown = (event: globalThis.PointerEvent) => {
      if (!(event.target instanceof Node) || !wrapperRef.current?.contains(event.target)) close();
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      if (closeOpenTerm === close) closeOpenTerm = null;
    };
  }, [isOpen, close]);

  const onPointerEnter = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") return;
    clearHoverTimer();
    if (!isOpen) hoverTimer.current = window.setTimeout(() => setOpenReason((reason) => reason ?? "hover"), hoverOpenDelay);
  };
  const onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") return;
    clearHoverTimer();
    if (openReason === "hover") hoverTimer.current = window.setTimeout(close, hoverCloseDelay);
  };
  // Keyboard focus opens it; the focus a click or tap gives the button does not (the click decides).
  const onTriggerFocus = () => {
    if (isReturningFocus.current || !triggerRef.current?.matches(":focus-visible")) return;
    setOpenReason((reason) => (reason === null || reason === "hover" ? "focus" : reason));
  };
  // Focus moving on to something else on the page closes it; focus lost to nothing (a click on the popover's text) does not.
  const onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !wrapperRef.current?.contains(next)) setOpenReason((reason) => (reason === "hover" ? reason : null));
  };
  // A click or tap keeps it open (one opened by hovering stays), a second closes it.
  const onTriggerClick = () => {
    clearHoverTimer();
    setOpenReason((reason) => (reason === null || reason === "hover" ? "pinned" : null));
  };

  const turnMarksOff = () => {
    // Focus is on this button, which is about to go with every mark on the page: it moves first, to the text the
    // word is in (the Markdown's container), so a keyboard or screen reader user stays where they were reading.
    const wrapper = wrapperRef.current;
    const container = wrapper?.closest<HTMLElement>("[data-glossary-scope]") ?? document.getElementById("main");
    close();
    container?.focus({ preventScroll: true });
    setGlossaryMarksPreference("off");
  };

  return (
    <span ref={wrapperRef} className="glossary-term" onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} onBlur={onBlur}>
      {/* aria-description is a global attribute in ARIA 1.3, which the jsx-a11y rule's table predates. */}
      {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
      <button
        ref={triggerRef}
        type="button"
        className="glossary-term-trigger cursor-help rounded-sm underline decoration-primary/70 decoration-dotted decoration-[1.5px] underline-offset-[0.2em] select-text hover:bg-primary-soft hover:decoration-primary aria-expanded:bg-primary-soft"
        aria-expanded={isOpen}
        aria-controls={isOpen ? popoverId : undefined}
        // A description as an attribute, not an element: text inside the sentence, even hidden, is part of the
        // paragraph's text for search engines, reader views and anything else that reads textContent.
        aria-description={describeGlossaryTerm(term)}
        data-slug={slug}
        onFocus={onTriggerFocus}
        onClick={onTriggerClick}
      >
        {children}
      </button>
      {/* Rendered only while open: a page marks dozens of terms, and each closed popover would be sent in its HTML for nothing. */}
      {isOpen ? (
        <span
          ref={popoverRef}
          id={popoverId}
          popover="manual"
          role="group"
          aria-labelledby={headwordId}
          data-open={isOpen ? "" : undefined}
          className="fixed inset-auto z-50 m-0 hidden max-h-[calc(100dvh-1rem)] w-max max-w-[min(22rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-line bg-surface-raised p-3 text-left text-sm leading-5 font-normal tracking-normal whitespace-normal text-ink normal-case not-italic shadow-lg data-open:block"
        >
          <span id={headwordId} className="block font-semibold">
            {term.term}
          </span>
          <span role="list" className="mt-1.5 block space-y-1.5">
            {term.senses.map((sense, position) => (
              <span role="listitem" key={position} className="block text-muted">
                <span className="font-medium text-ink">{sense.community}</span> — <SenseNote note={sense.note} />
              </span>
            ))}
          </span>
          <span className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-2.5">
            <Link href={`/glossary/${slug}`} prefetch={false} className="font-medium text-primary underline decoration-primary/40 underline-offset-2 hover:decoration-primary">
              Full entry
            </Link>
            <button type="button" onClick={turnMarksOff} className="text-muted underline decoration-line-strong underline-offset-2 hover:text-ink">
              Turn off term marks
            </button>
          </span>
        </span>
      ) : null}
    </span>
  );
}

function SenseNote({ note }: { note: string }) {
  return senseNoteParts(note).map((part, position) =>
    part.isCode ? (
      <code key={position} className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.85em] text-ink">
        {part.text}
      </code>
    ) : (
      part.text
    ),
  );
}

/** Under the word (its first line, where it wraps), or above it when there is no room below; never past the viewport's edges. */
function placeBeside(popover: HTMLElement, trigger: HTMLElement) {
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const word = trigger.getBoundingClientRect();
  const firstLine = trigger.getClientRects()[0] ?? word;
  const { width, height } = popover.getBoundingClientRect();
  const left = Math.max(viewportMargin, Math.min(firstLine.left, viewportWidth - width - viewportMargin));
  const below = word.bottom + offsetFromWord;
  const above = word.top - offsetFromWord - height;
  let top = below;
  if (below + height > viewportHeight - viewportMargin) {
    // No room below: above if it fits there, else as low as the viewport allows (over the word rather than off screen).
    top = above >= viewportMargin ? above : Math.max(viewportMargin, viewportHeight - height - viewportMargin);
  }
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}
