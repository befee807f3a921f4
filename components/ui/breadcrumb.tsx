import Link from "next/link";
import { Fragment } from "react";
import { UserText } from "@/components/ui/user-text";
import { cn } from "@/lib/ui/cn";

/** "Sessions / Python at scale / Notes": the pages above this one, then where the reader is. */
export function Breadcrumb({ trail, current, className }: { trail: { href: string; label: string }[]; current: string; className?: string }) {
  return (
    <nav aria-label="Breadcrumb" className={cn("text-sm text-muted", className)}>
      {trail.map((step) => (
        <Fragment key={step.href}>
          <Link href={step.href} className="break-words hover:text-ink hover:underline">
            <UserText>{step.label}</UserText>
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      <UserText className="break-words">{current}</UserText>
    </nav>
  );
}
