"use server";

import { revalidatePath } from "next/cache";
import { getCurrentActor } from "@/lib/auth/current-user";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

export async function markAllReadAction() {
  await markNotificationsRead({ actor: await getCurrentActor() });
  revalidatePath("/notifications");
  revalidatePath("/", "layout");
}
