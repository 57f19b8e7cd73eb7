import { ping } from "@/lib/events/public-queries";

export const dynamic = "force-dynamic";

/** Liveness with one trivial database query; also the "floor" route of the calendar benchmark. */
export async function GET() {
  const formats = await ping();
  return Response.json({ ok: true, formats }, { headers: { "Cache-Control": "no-store" } });
}
