import { Fragment } from "react";
import type { Snippet } from "@/lib/search/highlights";

/** A snippet with its matched words in <mark>; every part is rendered as text, never as HTML. */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-accent-400/45 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
