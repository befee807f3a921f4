import type { Actor } from "@/lib/permissions";
import { canSuspendMember } from "@/lib/permissions";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { LiftSuspensionForm, SuspendMemberForm } from "./suspension-forms";

export interface MemberChairControlsProps {
  /** The member the page is about. */
  member: { userId: string; name: string | null; status: "ACTIVE" | "SUSPENDED" | "LEFT"; suspensionReason: string | null; version: number; storedRole: string };
  viewer: Actor;
}

/**
 * What a chair can do on a member's page: suspend an active member with a
 * reason, or lift a suspension. Nothing for anyone else, nor for a chair
 * looking at themselves, another chair or an admin (canSuspendMember).
 */
export function MemberChairControls({ member, viewer }: MemberChairControlsProps) {
  if (member.status === "LEFT" || !canSuspendMember(viewer, member)) return null;
  return (
    <Card data-testid="member-chair-controls">
      <CardHeader>
        <CardTitle>Chairs</CardTitle>
      </CardHeader>
      <CardBody className="space-y-3 text-sm">
        {member.status === "ACTIVE" ? (
          <SuspendMemberForm userId={member.userId} version={member.version} />
        ) : (
          <>
            <p>The reason is shown with the member&rsquo;s details. Lifting makes them an active member again, from today.</p>
            <LiftSuspensionForm userId={member.userId} version={member.version} />
          </>
        )}
      </CardBody>
    </Card>
  );
}
