import { ScrollText, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { getCurrentActor } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminOverviewPage() {
  const { people, admins, auditEntries } = await getAdminOverview({ actor: await getCurrentActor() });
  const cards = [
    { href: "/admin/people", icon: Users, title: "People & roles", text: `${people} people, ${admins} of them admins. Change who is a member, chair or admin.` },
    { href: "/admin/audit", icon: ScrollText, title: "Audit log", text: `${auditEntries} recorded changes of roles, memberships, triage and statements.` },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title="Administration" description="Roles, the audit trail and site-wide settings." />
      <div className="grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <Link key={card.href} href={card.href} className="group">
            <Card className="h-full p-5 transition group-hover:border-primary/40">
              <card.icon aria-hidden className="size-5 text-primary" />
              <h2 className="mt-3 font-semibold group-hover:text-primary">{card.title}</h2>
              <p className="mt-1 text-sm text-muted">{card.text}</p>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
