import type { NextRequest } from "next/server";
import { reportResponse } from "../report-response";

/** The funding report ("Verwendungsnachweis – Statistischer Teil") as PDF. */
export async function GET(request: NextRequest) {
  return reportResponse(request, "pdf");
}
