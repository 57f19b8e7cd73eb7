import { apiHeaders } from "@/lib/api/problem";
import { openApiDocument } from "@/lib/api/openapi";

// The servers entry follows PUBLIC_URL at run time, not at build time.
export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API. */
export function GET() {
  return Response.json(openApiDocument(), { headers: apiHeaders });
}
