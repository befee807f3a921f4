import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export function EmptyState({
  icon: Icon,
  title,
  children,
  actions,
  className,
  headingLevel: Heading = "h2",
  ...rest
}: {
  icon?: LucideIcon;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** h1 when the empty state is the whole page (a 404). */
  headingLevel?: "h1" | "h2";
  "data-testid"?: string;
}) {
  return (
    <div {...rest} className={cn("flex flex-col items-center rounded-xl border border-dashed border-line-strong bg-surface px-6 py-12 text-center", className)}>
      {Icon ? (
        <div className="mb-4 rounded-full bg-primary-soft p-3 text-primary">
          <Icon aria-hidden className="size-6" />
        </div>
      ) : null}
      <Heading className="text-lg font-semibold tracking-tight text-balance break-words">{title}</Heading>
      {children ? <div className="mt-2 max-w-prose text-sm text-muted">{children}</div> : null}
      {actions ? <div className="mt-6 flex flex-wrap justify-center gap-2">{actions}</div> : null}
    </div>
  );
}
