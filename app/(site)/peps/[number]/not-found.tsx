import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function PepNotFound() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <EmptyState
        icon={FileQuestion}
        title="There is no such PEP"
        actions={
          <Link href="/peps?scope=all" className={buttonStyles()}>
            Browse all PEPs
          </Link>
        }
      >
        <p>The PEP index has no PEP with this number. PEP numbers are whole numbers, like 703.</p>
      </EmptyState>
    </div>
  );
}
