import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { buildReport, type ReportFormat } from "@/lib/statistics/report";

/**
 * A download of the funding report: without a session the sign-in page (which comes back here),
 * a bad period a 400 with a German sentence, else the file. Never cached.
 */
export async function reportResponse(request: NextRequest, format: ReportFormat): Promise<Response> {
  const actor = await currentActor();
  if (!actor) {
    const url = new URL(request.url);
    return NextResponse.redirect(new URL(`/intern/anmelden?weiter=${encodeURIComponent(url.pathname + url.search)}`, request.url), 303);
  }
  const result = await buildReport(actor, Object.fromEntries(request.nextUrl.searchParams), format);
  if (!result.ok) return new Response(result.message, { status: result.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(result.body), {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
