import type { NextRequest } from "next/server";
import { toCsv } from "@/lib/participants/csv";
import { exportResponse } from "../export-response";

/** The participants as CSV for German Excel. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return exportResponse(request, id, { extension: "csv", contentType: "text/csv; charset=utf-8", body: (table) => toCsv(table.header, table.rows, table.confidentialNote) });
}
