import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingSessions() {
  return (
    <div className="space-y-8" aria-busy="true" aria-label="Loading sessions">
      <div className="space-y-3 border-b border-line pb-6">
        <Skeleton className="h-9 w-48" />
        <Skeleton className="h-5 w-full max-w-2xl" />
      </div>
      {[2, 3].map((count, group) => (
        <div key={group} className="space-y-3">
          <Skeleton className="h-6 w-32" />
          {Array.from({ length: count }, (_, index) => (
            <Skeleton key={index} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      ))}
    </div>
  );
}
