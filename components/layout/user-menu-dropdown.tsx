"use client";

import { ChevronDown, Inbox, LogOut, MailPlus, Shield } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { UserText } from "@/components/ui/user-text";

export interface UserMenuProps {
  name: string;
  email: string | null;
  roleLabel: string;
  canAdminister: boolean;
  /** For chairs, the requests waiting for them (their queue and invitations are in this menu); null for everyone else. */
  openMembershipRequests: number | null;
  /** The sign-out Server Action, handed down by the root layout (components do not import from app/). */
  signOutAction: () => Promise<void>;
}

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-2 text-sm text-ink outline-none select-none data-[highlighted]:bg-surface-muted";

export function UserMenuDropdown({ name, email, roleLabel, canAdminister, openMembershipRequests, signOutAction }: UserMenuProps) {
  const signOutForm = useRef<HTMLFormElement>(null);
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();

  return (
    <>
      <form ref={signOutForm} action={signOutAction} hidden />
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="flex items-center gap-2 rounded-full py-1 pr-2 pl-1 text-sm font-medium text-ink hover:bg-surface-muted data-[state=open]:bg-surface-muted"
          aria-label={`Account menu for ${name}`}
        >
          <span aria-hidden className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-on-primary">
            {initials || "?"}
          </span>
          <span className="hidden max-w-40 truncate lg:inline">
            <UserText>{name}</UserText>
          </span>
          <ChevronDown aria-hidden className="size-4 text-subtle" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="end" sideOffset={8} className="z-50 w-64 rounded-xl border border-line bg-surface-raised p-1.5 shadow-xl">
            <div className="px-2.5 pt-1.5 pb-2.5">
              <p className="truncate text-sm font-semibold">
                <UserText>{name}</UserText>
              </p>
              {email ? <p className="truncate text-xs text-subtle">{email}</p> : null}
              <Badge tone="brand" className="mt-2" data-testid="user-role">
                {roleLabel}
              </Badge>
            </div>
            <DropdownMenu.Separator className="my-1 h-px bg-line" />
            {openMembershipRequests !== null ? (
              <>
                <DropdownMenu.Item asChild className={itemClass}>
                  <Link href="/members/requests">
                    <Inbox aria-hidden className="size-4 text-subtle" /> Membership requests
                    {openMembershipRequests > 0 ? (
                      <Badge tone="accent" className="ml-auto" aria-label={`${openMembershipRequests} open`}>
                        {openMembershipRequests}
                      </Badge>
                    ) : null}
                  </Link>
                </DropdownMenu.Item>
                <DropdownMenu.Item asChild className={itemClass}>
                  <Link href="/members/invitations">
                    <MailPlus aria-hidden className="size-4 text-subtle" /> Invitations
                  </Link>
                </DropdownMenu.Item>
              </>
            ) : null}
            {canAdminister ? (
              <DropdownMenu.Item asChild className={itemClass}>
                <Link href="/admin">
                  <Shield aria-hidden className="size-4 text-subtle" /> Administration
                </Link>
              </DropdownMenu.Item>
            ) : null}
            <DropdownMenu.Item className={itemClass} onSelect={() => signOutForm.current?.requestSubmit()}>
              <LogOut aria-hidden className="size-4 text-subtle" /> Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );
}
