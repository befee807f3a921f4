import { getCurrentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-url";
import { listAreaSlugs } from "@/lib/areas/get-area";
import { exportPainPointsCsv } from "@/lib/pain-points/export-pain-points";
import { parseBoardQuery } from "@/lib/pain-points/schemas";

export const dynamic = "force-dynamic";

/** GET /pain-points/export.csv?<board filters> — chairs only. */
export async function GET(request: Request) {
  const { query, problems } = parseBoardQuery(new URL(request.url).searchParams, await listAreaSlugs());
  if (problems.length) return new Response(`Some filters are not valid:\n${problems.join("\n")}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const { csv } = await exportPainPointsCsv({ actor: await getCurrentActor(), query, siteUrl: publicOrigin(request) });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="pain-points-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      const status = error.code === "UNAUTHENTICATED" ? 401 : 403;
      return new Response(status === 401 ? "Sign in as a chair to export.\n" : "Only chairs export the board.\n", { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
