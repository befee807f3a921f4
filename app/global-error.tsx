"use client";

import "./globals.css";

/** Last resort when the root layout itself fails: a bare page that still explains. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-canvas p-6 font-sans text-ink">
        <main className="max-w-md space-y-4 text-center">
          <h1 className="text-2xl font-semibold">PyHPC Hub is having trouble</h1>
          <p className="text-muted">The page could not be shown. Please try again in a moment.</p>
          {error.digest ? <p className="font-mono text-xs text-subtle">Reference: {error.digest}</p> : null}
          <button type="button" onClick={() => reset()} className="rounded-lg bg-primary px-4 py-2 font-medium text-on-primary">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
