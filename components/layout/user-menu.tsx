"use client";

import dynamic from "next/dynamic";
import type { UserMenuProps } from "@/components/layout/user-menu-dropdown";

/**
 * The account menu, in its own chunk: Radix's dropdown machinery is only
 * downloaded by signed-in people, not by every anonymous visitor.
 */
const UserMenuDropdown = dynamic(() => import("@/components/layout/user-menu-dropdown").then((module) => module.UserMenuDropdown));

export function UserMenu(props: UserMenuProps) {
  return <UserMenuDropdown {...props} />;
}
