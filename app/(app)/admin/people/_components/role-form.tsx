"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SignedInRole } from "@/lib/permissions";
import { cn } from "@/lib/ui/cn";
import { changeRoleAction } from "../actions";

const roleOptions: { value: SignedInRole; label: string }[] = [
  { value: "user", label: "User" },
  { value: "member", label: "Member" },
  { value: "chair", label: "Chair" },
  { value: "admin", label: "Admin" },
];

/** Changes one person's role, with an optional reason for the audit log. */
export function RoleForm({ userId, personName, role, isSelf }: { userId: string; personName: string; role: SignedInRole; isSelf: boolean }) {
  const [state, action, isPending] = useFormAction(changeRoleAction);
  const currentRole = state?.ok ? (state.data.role as SignedInRole) : role;
  if (isSelf) return <p className="text-xs text-subtle">Your own role can only be changed by another admin.</p>;
  return (
    <form action={action} className="space-y-1.5" aria-label={`Change role of ${personName}`}>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-center gap-2">
        <Select name="role" defaultValue={currentRole} key={currentRole} aria-label={`Role of ${personName}`} className="h-8 w-32 text-sm">
          {roleOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <Input name="reason" aria-label={`Reason for changing the role of ${personName} (optional)`} placeholder="Reason (optional)" maxLength={500} className="h-8 w-44 min-w-0 flex-1 text-sm sm:flex-none" />
        <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
          {isPending ? "Saving…" : "Change"}
        </Button>
      </div>
      {state ? (
        <p role={state.ok ? "status" : "alert"} className={cn("text-xs font-medium", state.ok ? "text-success" : "text-danger")}>
          {state.ok ? state.message : state.error.message}
        </p>
      ) : null}
    </form>
  );
}
