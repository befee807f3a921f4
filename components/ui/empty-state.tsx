import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export function EmptyState({
  icon: Icon,
  title,
  children,
  actions,
  className,
}: {
  icon?: LucideIcon;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col items-center rounded-xl border border-dashed border-line-strong bg-surface px-6 py-12 text-center", className)}>
      {Icon ? (
        <div className="mb-4 rounded-full bg-primary-soft p-3 text-primary">
          <Icon aria-hidden className="size-6" />
        </div>
      ) : null}
      <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
      {children ? <div className="mt-2 max-w-prose text-sm text-muted">{children}</div> : null}
      {actions ? <div className="mt-6 flex flex-wrap justify-center gap-2">{actions}</div> : null}
    </div>
  );
}
