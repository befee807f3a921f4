import type { ReactNode } from "react";
import { AccessDenied } from "@/components/layout/access-denied";
import { requireUser } from "@/lib/auth/current-user";
import { actorFor } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { AdminNavigation } from "./_components/admin-navigation";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (!can(actorFor(user), "admin.access")) {
    return <AccessDenied reason="Administration is for the hub's admins. If you think you need it, ask one of them." />;
  }
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
      <AdminNavigation />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
