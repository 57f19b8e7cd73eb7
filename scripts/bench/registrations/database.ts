import { setTimeout as sleep } from "node:timers/promises";
import type { Client } from "@libsql/client";

/** Reads of the registration benchmark's database: what was stored, and the mail the server rendered. */

export type BenchEvent = { id: number; slug: string };

export type Counts = { confirmed: number; waitlisted: number; other: number; outbox: number; tokens: number };

export async function countsFor(client: Client, eventId: number): Promise<Counts> {
  const byStatus = await client.execute({ sql: "select status, count(*) as n from registrations where event_id = ? group by status", args: [eventId] });
  const n = (status: string) => Number(byStatus.rows.find((r) => r.status === status)?.n ?? 0);
  const all = byStatus.rows.reduce((sum, r) => sum + Number(r.n), 0);
  const outbox = await client.execute({ sql: "select count(*) as n from mail_outbox where event_id = ?", args: [eventId] });
  const tokens = await client.execute({
    sql: "select count(*) as n from registration_tokens where registration_id in (select id from registrations where event_id = ?)",
    args: [eventId],
  });
  return { confirmed: n("confirmed"), waitlisted: n("waitlisted"), other: all - n("confirmed") - n("waitlisted"), outbox: Number(outbox.rows[0].n), tokens: Number(tokens.rows[0].n) };
}

/**
 * Requests whose answer was lost (connection error, timeout) may still be worked on by the server.
 * Wait until the number of registrations of the event stops changing before it is checked.
 */
export async function settle(client: Client, eventId: number) {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const { rows } = await client.execute({ sql: "select count(*) as n from registrations where event_id = ?", args: [eventId] });
    const n = Number(rows[0].n);
    if (n === last) return;
    last = n;
    await sleep(500);
  }
}
