import { getCurrentActor } from "@/lib/auth/current-user";
import { publicOrigin } from "@/lib/http/public-url";
import { exportSessionCalendar } from "@/lib/sessions/export-calendar";

export const dynamic = "force-dynamic";

/** GET /sessions/<slug>/calendar.ics — one session, for those who may read it; 404 for everyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const calendar = await exportSessionCalendar({ actor: await getCurrentActor(), slug: (await params).slug, origin: publicOrigin(request) });
  if (!calendar) return new Response("There is no such session.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(calendar.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.slug}.ics"`,
      // A members-only session must not be kept by a shared cache.
      "Cache-Control": calendar.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
}
