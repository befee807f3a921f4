import { Skeleton } from "@/components/ui/skeleton";

/** In the (index) group so that it wraps only /areas: an area page's 404 must not stream (a streamed page answers 200). */
export default function LoadingAreas() {
  return (
    <div className="space-y-8" aria-busy="true" aria-label="Loading areas">
      <Skeleton className="h-5 w-32" />
      <div className="space-y-3 border-b border-line pb-6">
        <Skeleton className="h-9 w-40" />
        <Skeleton className="h-5 w-full max-w-2xl" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-40 w-full rounded-xl" />
        ))}
      </div>
    </div>
  );
}
