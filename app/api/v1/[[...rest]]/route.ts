import type { NextRequest } from "next/server";
import { notFoundProblem } from "@/lib/api/problem";

// Any path under /api/v1 that no other route handles: a problem+json 404 instead of an HTML page.
export const dynamic = "force-dynamic";

function notFound(request: NextRequest) {
  return notFoundProblem(request.nextUrl.pathname);
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
