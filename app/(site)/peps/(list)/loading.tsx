import { ListPageSkeleton } from "@/components/ui/list-controls";

export default function LoadingPeps() {
  return <ListPageSkeleton label="Loading PEPs" />;
}
