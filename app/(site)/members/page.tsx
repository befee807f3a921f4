import { Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "Members" };

export default function MembersPage() {
  return (
    <SectionComing
      icon={Users}
      title="Members"
      description={
        <>
          The people who make up the working group, from HPC centres, labs, universities and the Python community. How the group works is in its{" "}
          <Link href="/charter" className="font-medium text-primary hover:underline">
            charter
          </Link>
          .
        </>
      }
      plans={["ask to join the working group", "find members by area and institution (those who chose to be listed)", "as a chair, review membership requests"]}
    />
  );
}
