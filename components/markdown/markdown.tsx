import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast } from "@/lib/markdown/render-markdown";
import { cn } from "@/lib/ui/cn";

/** Rendered, sanitized Markdown. Works in Server and Client Components alike. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const content = toJsxRuntime(markdownToHast(source), { Fragment, jsx, jsxs });
  return <div className={cn("prose-hub", className)}>{content}</div>;
}
