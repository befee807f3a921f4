import { Compass } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState
        icon={Compass}
        title="Page not found"
        actions={
          <>
            <Link href="/" className={buttonStyles()}>
              Go to the overview
            </Link>
            <Link href="/peps" className={buttonStyles({ variant: "secondary" })}>
              Browse PEPs
            </Link>
          </>
        }
      >
        <p>There is nothing at this address. It may have moved, or the link may have a typo.</p>
      </EmptyState>
    </div>
  );
}
