"use client";

import { useEffect } from "react";

/**
 * Marks the page once React has taken it over (`<html data-hydrated>`).
 * Before that, buttons that need scripts do nothing and typed text can be
 * reset; the browser tests wait for the mark before they act, as a person
 * would wait for a page to finish loading.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
