import type { Metadata } from "next";
import { AccessDenied } from "@/components/layout/access-denied";
import { SessionForm } from "@/components/sessions/session-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { timeZoneNames } from "@/lib/sessions/zoned-time";
import { scheduleSessionAction } from "./actions";

export const metadata: Metadata = { title: "New session" };

export default async function NewSessionPage() {
  const user = await requireUser();
  if (!can(actorFor(user), "sessions.manage")) return <AccessDenied reason="The working group’s chairs plan sessions. Ask one of them if you would like to run one." />;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <Breadcrumb trail={[{ href: "/sessions", label: "Sessions" }]} current="New session" />
      <PageHeader title="New session" description="A Birds-of-a-Feather session or a working-group meeting: when and where it is, who can see it, and its agenda. The shared notes open on its page." />
      <SessionForm
        action={scheduleSessionAction}
        timeZones={timeZoneNames()}
        initial={{
          title: "",
          slug: "",
          description: "",
          timeZone: null,
          startDate: "",
          startTime: "",
          endDate: "",
          endTime: "",
          venue: "",
          videoUrl: "",
          chatUrl: "",
          visibility: "PUBLIC",
          notesEditors: "SIGNED_IN",
          agenda: [],
        }}
        submitLabel="Create session"
        cancelHref="/sessions"
      />
    </div>
  );
}
