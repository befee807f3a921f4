import { Users } from "lucide-react";
import type { Metadata } from "next";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "Members" };

export default function MembersPage() {
  return (
    <SectionComing
      icon={Users}
      title="Members"
      description="The people who make up the working group, from HPC centres, labs, universities and the Python community."
      plans={["ask to join the working group", "find members by area and institution (those who chose to be listed)", "as a chair, review membership requests"]}
    />
  );
}
