import { Notice } from "@/components/ui/notice";

/** What a list or search page could not read in its address and left out, one line each. Nothing when all was understood. */
export function IgnoredParamsNotice({ problems, title = "Some filters in the address were not understood and were ignored" }: { problems: string[]; title?: string }) {
  if (problems.length === 0) return null;
  return (
    <Notice tone="warning" title={title}>
      <ul className="list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Notice>
  );
}
