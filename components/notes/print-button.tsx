"use client";

import { Printer } from "lucide-react";
import { buttonStyles } from "@/components/ui/button";

/** Printing needs JavaScript only to open the dialog; the page prints cleanly from the browser's menu too. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonStyles({ variant: "secondary", size: "sm" })}>
      <Printer aria-hidden className="size-4" /> Print
    </button>
  );
}
