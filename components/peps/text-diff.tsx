import { diffWordsWithSpace } from "diff";

/** Two texts interleaved: removed words struck through in red, added ones underlined in green. */
export function TextDiff({ before, after, unchanged = "The summary did not change." }: { before: string; after: string; unchanged?: string }) {
  const parts = diffWordsWithSpace(before, after);
  if (parts.every((part) => !part.added && !part.removed)) return <p className="text-sm text-subtle">{unchanged}</p>;
  return (
    <pre className="overflow-x-auto rounded-lg border border-line bg-surface p-4 font-mono text-[0.8rem] leading-6 whitespace-pre-wrap" data-testid="summary-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-success-soft text-success underline decoration-success/50">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-danger-soft text-danger">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </pre>
  );
}
