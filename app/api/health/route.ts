import { ping } from "@/lib/events/public-queries";

export const dynamic = "force-dynamic";

/** Liveness with one trivial database query; also the "floor" of the calendar benchmark. */
export async function GET() {
  const formats = await ping();
  return Response.json({ ok: true, formats });
}
