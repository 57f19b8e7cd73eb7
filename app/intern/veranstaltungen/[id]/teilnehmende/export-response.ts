import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { AccessDenied } from "@/lib/auth/access";
import { currentActor } from "@/lib/auth/session";
import { exportFileName, participantExportTable, type ExportTable } from "@/lib/participants/export-table";

type Format = { extension: "csv" | "xlsx"; contentType: string; body: (table: ExportTable) => Promise<BodyInit> | BodyInit };

/**
 * A participant download: the signed-in actor's data layer decides; without a session the sign-in
 * page (which comes back here), a foreign or missing event is a plain 404. Never cached.
 */
export async function exportResponse(request: NextRequest, eventIdParam: string, format: Format): Promise<Response> {
  const actor = await currentActor();
  if (!actor) {
    const back = new URL(request.url).pathname;
    return NextResponse.redirect(new URL(`/intern/anmelden?weiter=${encodeURIComponent(back)}`, request.url), 303);
  }
  let table: ExportTable;
  try {
    table = await participantExportTable(actor, Number(eventIdParam));
  } catch (error) {
    if (error instanceof AccessDenied) return new Response("Nicht gefunden", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
  return new Response(await format.body(table), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${exportFileName(table.event.slug, format.extension)}"`,
      "Cache-Control": "no-store",
    },
  });
}
