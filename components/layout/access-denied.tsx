import { Lock } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** For pages a signed-in person's role does not open. */
export function AccessDenied({ reason }: { reason: string }) {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState icon={Lock} title="You do not have access to this page" actions={<Link href="/" className={buttonStyles({ variant: "secondary" })}>Back to the overview</Link>}>
        <p>{reason}</p>
      </EmptyState>
    </div>
  );
}
