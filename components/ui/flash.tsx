"use client";

import { CheckCircle2, X } from "lucide-react";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

type Flash = { id: number; text: string };

const FlashContext = createContext<(text: string) => void>(() => {});

/** How long a confirmation stays; long enough to read twice, and it can be dismissed sooner. */
const shownForMs = 8_000;

/**
 * Confirmations that outlive the form that asked for them: approving a
 * request or suspending a member replaces the form with the new state, so
 * the form's own "Done" would vanish with it. The region is in the page from
 * the start, so screen readers announce what is added to it.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [flashes, setFlashes] = useState<Flash[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  const dismiss = useCallback((id: number) => setFlashes((current) => current.filter((flash) => flash.id !== id)), []);
  const show = useCallback(
    (text: string) => {
      const id = ++nextId.current;
      setFlashes((current) => [...current.slice(-2), { id, text }]);
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, shownForMs);
      timers.current.add(timer);
    },
    [dismiss],
  );
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return (
    <FlashContext value={show}>
      {children}
      <div aria-live="polite" className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col items-end gap-2 sm:inset-x-auto sm:right-6 sm:bottom-6">
        {flashes.map((flash) => (
          <div key={flash.id} className="pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border border-success/30 bg-surface-raised px-4 py-3 text-sm text-ink shadow-lg" data-testid="flash">
            <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
            <p className="min-w-0 flex-1">{flash.text}</p>
            <button type="button" onClick={() => dismiss(flash.id)} className="-m-1 rounded p-1 text-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-primary" aria-label="Dismiss">
              <X aria-hidden className="size-4" />
            </button>
          </div>
        ))}
      </div>
    </FlashContext>
  );
}

/** Shows a confirmation in the page's flash region. */
export const useFlash = () => useContext(FlashContext);
