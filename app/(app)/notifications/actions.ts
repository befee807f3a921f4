"use server";

import { z } from "zod";
import { defineAction } from "@/lib/define-action";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

export const markAllReadAction = defineAction({
  permission: "peps.watch",
  input: z.object({}),
  run: ({ actor }) => markNotificationsRead({ actor }),
  // The header's unread count is on every page.
  revalidate: () => ["/notifications", { path: "/", type: "layout" }],
});
