import type { NextRequest } from "next/server";
import { apiHeaders, unexpectedErrorProblem, invalidParametersProblem } from "@/lib/api/problem";
import { parseApiListQuery, toApiEventList } from "@/lib/events/api-representation";
import { listPublicEvents } from "@/lib/events/public-queries";
import { errorFields, logger } from "@/lib/ops/logger";

// Seats and registration states change by the minute; every request reads the database.
export const dynamic = "force-dynamic";

/** GET /api/v1/events: one page of public events, filtered like the calendar's URLs. */
export async function GET(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const query = parseApiListQuery(request.nextUrl.searchParams);
  if (!query.success) return invalidParametersProblem(query.errors, `${pathname}${search}`);
  try {
    const now = new Date();
    const { filter, pageSize } = query.data;
    const result = await listPublicEvents(filter, now, pageSize);
    return Response.json(toApiEventList(result, query.data, now), { headers: apiHeaders });
  } catch (error) {
    // Not the query: free text a person typed.
    logger.error({ event: "api.failed", route: "/api/v1/events", error: errorFields(error) }, "events could not be listed");
    return unexpectedErrorProblem(error, `${pathname}${search}`);
  }
}
