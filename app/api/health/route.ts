import { apiHeaders, PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { loadMessages, defaultLocale } from "@/lib/i18n/messages";
import { healthReport } from "@/lib/ops/health";

export const dynamic = "force-dynamic";

/**
 * Readiness: 200 with the report of lib/ops/health.ts when the database answers and its migrations
 * are current; otherwise 503 as problem+json with the same report as extension members, so that a
 * load balancer takes the process out and an operator sees why. Liveness (and the benchmarks'
 * floor route) is /api/health/live.
 */
export async function GET() {
  const report = await healthReport().catch(() => null);
  const headers = { ...apiHeaders, "Cache-Control": "no-store" };
  if (report?.status === "ok") return Response.json(report, { headers });
  const t = loadMessages(defaultLocale).operations.health;
  const detail = report?.database === "ok" ? t.migrationsDetail : t.databaseDetail;
  // `status` of problem details is the HTTP code, so the report's own status word is left out.
  const { status: _unready, ...facts } = report ?? { status: "unavailable", database: "error" as const };
  void _unready;
  const body = { type: "about:blank", title: t.unavailableTitle, status: 503, detail, ...facts };
  return new Response(JSON.stringify(body), { status: 503, headers: { ...headers, "Content-Type": PROBLEM_CONTENT_TYPE, "Retry-After": "10" } });
}
