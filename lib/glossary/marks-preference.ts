import { useSyncExternalStore } from "react";

/**
 * Whether this reader wants glossary terms marked in text: their choice, kept
 * in the browser (localStorage) so it needs no account and no request. Every
 * marked term on the page reads it through one store, so turning marks off
 * in one popover unmarks them all at once, and other tabs follow through the
 * storage event. Client-safe; the server (and hydration) always sees "on".
 */

export type GlossaryMarksPreference = "on" | "off";

export const glossaryMarksStorageKey = "pyhpc-hub.glossary-marks";

const listeners = new Set<() => void>();
/** Where the choice lives when storage is unavailable (private modes, blocked cookies): this page, until it is left. */
let unstoredChoice: GlossaryMarksPreference | null = null;

function readPreference(): GlossaryMarksPreference {
  try {
    return window.localStorage.getItem(glossaryMarksStorageKey) === "off" ? "off" : "on";
  } catch {
    return unstoredChoice ?? "on";
  }
}

function notify() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  if (event.key === glossaryMarksStorageKey || event.key === null) notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

export function setGlossaryMarksPreference(preference: GlossaryMarksPreference) {
  try {
    // "on" is the default, so it is stored as no entry at all.
    if (preference === "on") window.localStorage.removeItem(glossaryMarksStorageKey);
    else window.localStorage.setItem(glossaryMarksStorageKey, preference);
  } catch {
    unstoredChoice = preference;
  }
  notify();
}

const serverPreference = (): GlossaryMarksPreference => "on";

/** The reader's choice; "on" on the server and while hydrating, then what they chose. */
export function useGlossaryMarksPreference(): GlossaryMarksPreference {
  return useSyncExternalStore(subscribe, readPreference, serverPreference);
}
