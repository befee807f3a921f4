import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";

/** Previous/next links with the position, for lists whose pages live in the URL. */
export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link className={buttonStyles({ variant: "secondary", size: "sm" })} href={hrefFor(page - 1)} rel="prev">
          <ChevronLeft aria-hidden className="size-4" /> Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted tabular-nums">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className={buttonStyles({ variant: "secondary", size: "sm" })} href={hrefFor(page + 1)} rel="next">
          Next <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
