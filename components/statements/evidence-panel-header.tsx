import type { LucideIcon } from "lucide-react";
import { CardHeader, CardTitle } from "@/components/ui/card";

/**
 * The head of the statement side cards (evidence, endorsements, "cited by"):
 * an icon, a small title and how many there are, as the pain-point page's
 * side cards read. `isCompact` off gives the plain title of the PEP and
 * session pages' side cards.
 */
export function PanelHeader({ id, icon: Icon, title, count, isCompact = true }: { id: string; icon: LucideIcon; title: string; count: number; isCompact?: boolean }) {
  return (
    <CardHeader>
      <CardTitle id={id} className={isCompact ? "flex items-center gap-2 text-sm" : undefined}>
        {isCompact ? <Icon aria-hidden className="size-4 text-subtle" /> : null} {title}
      </CardTitle>
      <span className="text-sm text-subtle tabular-nums">{count}</span>
    </CardHeader>
  );
}
