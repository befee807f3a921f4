import { Layers } from "lucide-react";
import type { Metadata } from "next";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "PEP tracker" };

export default function PepsPage() {
  return (
    <SectionComing
      icon={Layers}
      title="PEP impact tracker"
      description="Which Python Enhancement Proposals change HPC work, how far along each is, and what the working group thinks of it."
      plans={["browse and filter every PEP, HPC-relevant ones first", "read the group's assessment of each", "watch a PEP and hear when its status changes"]}
    />
  );
}
