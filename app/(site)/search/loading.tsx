import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingSearch() {
  return (
    <div className="max-w-4xl space-y-6" aria-busy="true" aria-label="Searching">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-5 w-full max-w-md" />
      <Skeleton className="h-11 w-full max-w-2xl rounded-lg" />
      <div className="flex gap-2">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-8 w-28 rounded-full" />
        ))}
      </div>
      <div className="space-y-3">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} className="h-24 w-full rounded-xl" />
        ))}
      </div>
    </div>
  );
}
