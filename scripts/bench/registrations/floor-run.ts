import { createHash, randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Client } from "@libsql/client";
import { othersCpuFromNow, roundShare } from "../machine";
import { isInterrupted } from "../server";
import { latencySummary, type LatencySummary } from "../stats";
import type { BenchEvent, MailTemplate } from "./database";

export type FloorRun = {
  eventSlug: string;
  inserts: number;
  confirmed: number;
  waitlisted: number;
  seconds: number;
  insertsPerSecond: number;
  latencyMs: LatencySummary;
  othersCpuShare: number | null;
};

/**
 * The floor: what one registration costs the database alone. The same rows the server writes for a
 * registration (seat count, registration, manage token, outbox mail with the body the server
 * rendered), each in its own `transaction("write")` (BEGIN IMMEDIATE … COMMIT), one after the
 * other, on the same file with the same client settings as the app (db/connect.ts).
 */
export async function floorRun(client: Client, event: BenchEvent, capacity: number, seconds: number, mail: MailTemplate): Promise<FloorRun> {
  const latencies: number[] = [];
  let confirmed = 0;
  let waitlisted = 0;
  const runId = randomUUID().slice(0, 6);
  const othersCpuUntilNow = othersCpuFromNow();
  const startedAt = performance.now();
  const until = startedAt + seconds * 1000;
  while (performance.now() < until && !isInterrupted()) {
    const t0 = performance.now();
    const n = latencies.length + 1;
    const email = `boden-${runId}-${n}@example.org`;
    const token = randomBytes(32).toString("base64url");
    const tx = await client.transaction("write");
    try {
      const taken = await tx.execute({
        sql: "select count(*) as n from registrations where event_id = ? and status in ('confirmed', 'attended', 'no_show')",
        args: [event.id],
      });
      const status = Number(taken.rows[0].n) < capacity ? "confirmed" : "waitlisted";
      const now = Date.now();
      const registration = await tx.execute({
        sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, consent_version, consent_at, source, created_at, updated_at)
              values (?, ?, 'Boden', ?, ?, ?, '{}', ?, ?, 'online', ?, ?) returning id`,
        args: [event.id, status, `Nr. ${n}`, email, email, mail.consentVersion, now, now, now],
      });
      const registrationId = Number(registration.rows[0].id);
      await tx.execute({
        sql: "insert into registration_tokens (token_hash, registration_id, created_at) values (?, ?, ?)",
        args: [createHash("sha256").update(token).digest("hex"), registrationId, now],
      });
      await tx.execute({
        sql: `insert into mail_outbox (kind, recipient, subject, text_body, html_body, attachments, registration_id, event_id, status, attempts, next_attempt_at, created_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
        args: [mail.kind, email, mail.subject, mail.textBody, mail.htmlBody, mail.attachments, registrationId, event.id, now, now],
      });
      await tx.commit();
      if (status === "confirmed") confirmed++;
      else waitlisted++;
    } finally {
      tx.close();
    }
    latencies.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - startedAt) / 1000;
  return {
    eventSlug: event.slug,
    inserts: latencies.length,
    confirmed,
    waitlisted,
    seconds: Number(elapsed.toFixed(3)),
    insertsPerSecond: latencies.length / elapsed,
    latencyMs: latencySummary(latencies),
    othersCpuShare: roundShare(othersCpuUntilNow()),
  };
}
