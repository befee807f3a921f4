import { CalendarDays } from "lucide-react";
import type { Metadata } from "next";
import { SectionComing } from "@/components/layout/section-coming";

export const metadata: Metadata = { title: "Sessions" };

export default function SessionsPage() {
  return (
    <SectionComing
      icon={CalendarDays}
      title="Sessions"
      description="Birds-of-a-Feather sessions and working-group meetings, live and on the record."
      plans={["follow a session's agenda and shared notes live", "ask and upvote questions, answer polls", "read and export the notes afterwards"]}
    />
  );
}
