import Link from "next/link";
import { PainStatusBadge } from "@/components/pain-points/pain-point-badges";
import { UserText } from "@/components/ui/user-text";
import { describeAffected } from "@/lib/pain-points/describe-affected";
import type { RelatedPainPoint } from "@/lib/pain-points/records";

/** A short list of reports for pages that link to the board. */
export function PainPointListCompact({ items }: { items: RelatedPainPoint[] }) {
  return (
    <ul className="divide-y divide-line">
      {items.map((item) => (
        <li key={item.id} className="py-2.5 first:pt-0 last:pb-0">
          <Link href={`/pain-points/${item.id}`} className="group block text-sm">
            <span className="font-medium group-hover:text-primary">
              #{item.id} <UserText>{item.title}</UserText>
            </span>
            <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
              <PainStatusBadge status={item.status} />
              {describeAffected({ people: item.affectedCount, sites: item.siteCount })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
