import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "Statements" };

export default function StatementsPage() {
  return (
    <SectionComing
      icon={ScrollText}
      title="Position statements"
      description="What the working group tells Python's Steering Council and the PSF, with the evidence behind it."
      plans={["read published statements and who endorsed them", "as a member, draft statements together and vote on them", "export a statement ready to post on the Python forum"]}
    />
  );
}
