import { Search } from "lucide-react";
import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { NotificationBell } from "@/components/layout/notification-bell";
import { MobileNavigation } from "@/components/layout/mobile-navigation";
import { SectionNavList } from "@/components/layout/section-nav-list";
import { UserMenu } from "@/components/layout/user-menu";
import { HeaderSearch } from "@/components/search/header-search";
import { buttonStyles } from "@/components/ui/button";
import { actorFor } from "@/lib/auth/session";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countOpenMembershipRequests } from "@/lib/membership/list-membership-requests";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { can, roleLabels } from "@/lib/permissions";

export async function SiteHeader({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const user = await getCurrentUser();
  const actor = actorFor(user);
  return (
    <header data-site-header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="relative mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6 lg:px-8">
        <MobileNavigation />
        <Logo />
        <nav aria-label="Sections" className="ml-4 hidden lg:block">
          <SectionNavList variant="bar" />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <div className="hidden xl:block">
            <HeaderSearch variant="bar" />
          </div>
          <Link href="/search" aria-label="Search" className="hidden size-10 items-center justify-center rounded-full text-muted hover:bg-surface-muted hover:text-ink lg:flex xl:hidden">
            <Search aria-hidden className="size-5" />
          </Link>
          {user ? <NotificationBell unread={await countUnreadNotifications(user.id)} /> : null}
          {user ? (
            <UserMenu
              name={user.name ?? user.email ?? "Signed in"}
              email={user.email}
              roleLabel={roleLabels[user.role]}
              canAdminister={can(actor, "admin.access")}
              openMembershipRequests={can(actor, "membership.readRequests") ? await countOpenMembershipRequests({ actor }) : null}
              signOutAction={signOutAction}
            />
          ) : (
            <Link href="/sign-in" className={buttonStyles({ variant: "primary", size: "sm" })}>
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
