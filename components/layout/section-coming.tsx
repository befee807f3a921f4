import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** A section whose features are still being built: says what will be here, links to what exists. */
export function SectionComing({ icon, title, description, plans }: { icon: LucideIcon; title: string; description: ReactNode; plans: string[] }) {
  return (
    <div className="space-y-8">
      <PageHeader title={title} description={description} />
      <EmptyState icon={icon} title="Coming soon" actions={<Link href="/" className={buttonStyles({ variant: "secondary" })}>Back to the overview</Link>}>
        <p>This part of the hub is being built. It will let you:</p>
        <ul className="mt-3 space-y-1 text-left">
          {plans.map((plan) => (
            <li key={plan} className="flex gap-2">
              <span aria-hidden className="text-primary">
                •
              </span>
              {plan}
            </li>
          ))}
        </ul>
      </EmptyState>
    </div>
  );
}
