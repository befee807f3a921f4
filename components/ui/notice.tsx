import { AlertTriangle, CheckCircle2, Info, XCircle } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type NoticeTone = "info" | "success" | "warning" | "error";

const tones: Record<NoticeTone, { box: string; icon: typeof Info }> = {
  info: { box: "border-info/30 bg-info-soft text-ink", icon: Info },
  success: { box: "border-success/30 bg-success-soft text-ink", icon: CheckCircle2 },
  warning: { box: "border-warning/30 bg-warning-soft text-ink", icon: AlertTriangle },
  error: { box: "border-danger/30 bg-danger-soft text-ink", icon: XCircle },
};

const iconColour: Record<NoticeTone, string> = { info: "text-info", success: "text-success", warning: "text-warning", error: "text-danger" };

/** A message in the page. Errors (and anything marked urgent) are announced at once; the rest politely. */
export function Notice({
  tone = "info",
  title,
  children,
  className,
  isUrgent = tone === "error",
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  isUrgent?: boolean;
}) {
  const { box, icon: Icon } = tones[tone];
  return (
    <div role={isUrgent ? "alert" : "status"} className={cn("flex gap-3 rounded-lg border px-4 py-3 text-sm", box, className)}>
      <Icon aria-hidden className={cn("mt-0.5 size-4 shrink-0", iconColour[tone])} />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-muted [&_a]:font-medium [&_a]:text-primary [&_a]:underline">{children}</div> : null}
      </div>
    </div>
  );
}
