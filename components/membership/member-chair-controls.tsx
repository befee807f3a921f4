import type { Actor } from "@/lib/permissions";

export interface MemberChairControlsProps {
  /** The member the page is about. */
  member: { userId: string; name: string | null; status: "ACTIVE" | "SUSPENDED" | "LEFT"; suspensionReason: string | null; version: number };
  viewer: Actor;
}

/**
 * What a chair can do on a member's page (suspend with a reason, lift a
 * suspension). Nothing for anyone else.
 * Placeholder: the membership-lifecycle work fills this in.
 */
export function MemberChairControls(_props: MemberChairControlsProps) {
  return null;
}
