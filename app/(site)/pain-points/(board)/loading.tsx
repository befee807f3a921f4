import { ListPageSkeleton } from "@/components/ui/list-controls";

export default function LoadingPainPoints() {
  return <ListPageSkeleton label="Loading pain points" />;
}
