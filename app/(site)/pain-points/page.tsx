import { Activity } from "lucide-react";
import type { Metadata } from "next";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "Pain points" };

export default function PainPointsPage() {
  return (
    <SectionComing
      icon={Activity}
      title="Pain points"
      description="What hurts when running Python on HPC systems, with the context that makes it actionable."
      plans={["report a problem with your site's scheduler, filesystem and Python installation", "add “affects me too” to others' reports", "see which problems affect the most sites"]}
    />
  );
}
