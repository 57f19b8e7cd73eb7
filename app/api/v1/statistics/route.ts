import type { NextRequest } from "next/server";
import { apiHeaders, invalidParametersProblem, signInRequiredProblem } from "@/lib/api/problem";
import { currentActor } from "@/lib/auth/session";
import { statisticsFor } from "@/lib/statistics/figures";
import { statisticsFilterFor } from "@/lib/statistics/filter";

/**
 * The statistics as JSON for signed-in staff (the session cookie of /intern), with the page's GET
 * parameters: the same query module as the page and the downloads, so the figures are the same.
 * A partner gets its own organisation's figures only.
 */
export async function GET(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const actor = await currentActor();
  if (!actor) return signInRequiredProblem(path);
  const query = Object.fromEntries([...request.nextUrl.searchParams.entries()].slice(0, 20));
  const { filter, errors } = statisticsFilterFor(actor, query);
  if (Object.keys(errors).length > 0) return invalidParametersProblem(Object.entries(errors).map(([parameter, detail]) => ({ parameter, detail })), path);
  const stats = await statisticsFor(actor, filter);
  return new Response(JSON.stringify(stats), { headers: { ...apiHeaders, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" } });
}
