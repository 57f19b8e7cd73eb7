import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { settings } from "@/lib/config/env";

export const dynamic = "force-dynamic";

/**
 * The floor of bench:registrations: a bare route handler of the same build that does one insert
 * per request (a row of mail_dedupe_keys, which retention prunes). Off unless BENCH_FLOOR is set.
 */
export async function POST() {
  if (!settings().BENCH_FLOOR) return new Response(null, { status: 404 });
  await db.run(sql`insert into mail_dedupe_keys (key, created_at) values (${`bench-floor:${randomUUID()}`}, ${Date.now()})`);
  return Response.json({ ok: true }, { status: 201 });
}
