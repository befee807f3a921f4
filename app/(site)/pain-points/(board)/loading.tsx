import { Skeleton } from "@/components/ui/skeleton";

export default function LoadingPainPoints() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading pain points">
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-5 w-full max-w-2xl" />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <div className="hidden space-y-3 lg:block">
          {Array.from({ length: 8 }, (_, index) => (
            <Skeleton key={index} className="h-5 w-full" />
          ))}
        </div>
        <div className="space-y-3">
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-24 w-full rounded-xl" />
          ))}
        </div>
      </div>
    </div>
  );
}
