"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SignedInRole } from "@/lib/permissions";
import { cn } from "@/lib/ui/cn";
import { changeRoleAction } from "../actions";

const roleLabels: Record<SignedInRole, string> = { user: "User", member: "Member", chair: "Chair", admin: "Admin" };

/**
 * Changes one person's role, with an optional reason for the audit log.
 * Offers only the roles the membership rules allow this person (`choices`):
 * membership itself comes from joining, and chairs from the active members.
 */
export function RoleForm({ userId, personName, role, choices, isSelf }: { userId: string; personName: string; role: SignedInRole; choices: SignedInRole[]; isSelf: boolean }) {
  const [state, action, isPending] = useFormAction(changeRoleAction);
  const currentRole = state?.ok ? (state.data.role as SignedInRole) : role;
  if (isSelf) return <p className="text-xs text-subtle">Your own role can only be changed by another admin.</p>;
  return (
    <form action={action} className="space-y-1.5" aria-label={`Change role of ${personName}`}>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <Select name="role" defaultValue={currentRole} key={currentRole} aria-label={`Role of ${personName}`} className="h-8 w-32 text-sm">
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {roleLabels[choice]}
            </option>
          ))}
        </Select>
        <Input name="reason" aria-label={`Reason for changing the role of ${personName} (optional)`} placeholder="Reason (optional)" maxLength={500} className="h-8 w-44 min-w-0 flex-1 text-sm sm:flex-none" />
        <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
          {isPending ? "Saving…" : "Change"}
        </Button>
      </div>
      {!choices.includes("chair") && currentRole !== "chair" ? <p className="text-xs text-subtle">Chairs are appointed among active members.</p> : null}
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={cn("text-xs font-medium", state.ok ? "text-success" : "text-danger")}>
          {state.ok ? state.message : state.error.message}
        </p>
      ) : null}
    </form>
  );
}
