"use server";

import { defineAction } from "@/lib/define-action";
import { roleLabels } from "@/lib/permissions";
import { changeUserRole, changeUserRoleSchema } from "@/lib/users/change-user-role";

export const changeRoleAction = defineAction({
  permission: "users.changeRole",
  input: changeUserRoleSchema,
  run: async ({ actor, input }) => ({ role: (await changeUserRole({ actor, ...input })).to }),
  revalidate: () => ["/admin/people", "/admin/audit"],
  message: (_input, { role }) => `Now ${roleLabels[role].toLowerCase()}.`,
});
