import type { NextRequest } from "next/server";
import { apiHeaders, eventNotFoundProblem, unexpectedErrorProblem } from "@/lib/api/problem";
import { toApiEventDetail } from "@/lib/events/api-representation";
import { getPublicEvent } from "@/lib/events/public-queries";
import { errorFields, logger } from "@/lib/ops/logger";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{slug}: all public facts of one event; 404 when it is not public. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const instance = request.nextUrl.pathname;
  try {
    const event = await getPublicEvent(slug);
    if (!event) return eventNotFoundProblem(slug, instance);
    return Response.json({ data: toApiEventDetail(event, new Date()) }, { headers: apiHeaders });
  } catch (error) {
    logger.error({ event: "api.failed", route: "/api/v1/events/[slug]", slug, error: errorFields(error) }, "event could not be read");
    return unexpectedErrorProblem(error, instance);
  }
}
