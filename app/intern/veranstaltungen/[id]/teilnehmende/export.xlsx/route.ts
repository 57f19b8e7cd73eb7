import type { NextRequest } from "next/server";
import { translator } from "@/lib/i18n/translator";
import { toXlsx } from "@/lib/participants/xlsx";
import { exportResponse } from "../export-response";

/** The participants as an Excel workbook. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportResponse(request, id, {
    extension: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: async (table) => new Uint8Array(await toXlsx(translator("de", "internParticipants")("export.sheetName"), table.header, table.rows, table.confidentialNote)),
  });
}
