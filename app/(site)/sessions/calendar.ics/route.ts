import { anonymousActor } from "@/lib/permissions";
import { publicOrigin } from "@/lib/http/public-url";
import { exportPublicSessionsCalendar } from "@/lib/sessions/export-calendar";

export const dynamic = "force-dynamic";

/**
 * GET /sessions/calendar.ics — every public session, to subscribe to. The
 * same for everyone (calendar apps send no cookies), so it is asked for as a
 * visitor.
 */
export async function GET(request: Request) {
  const ics = await exportPublicSessionsCalendar({ actor: anonymousActor, origin: publicOrigin(request) });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="pyhpc-hub-sessions.ics"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
