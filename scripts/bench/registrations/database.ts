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

export type MailTemplate = { kind: string; subject: string; textBody: string; htmlBody: string; attachments: string; consentVersion: string };

/** The confirmation mail the server rendered in the HTTP run, so that the floor writes rows of the same size. */
export async function mailTemplate(client: Client, eventId: number): Promise<MailTemplate> {
  const mail = await client.execute({
    sql: "select kind, subject, text_body, html_body, attachments from mail_outbox where event_id = ? order by (kind = 'registration_confirmed') desc, id limit 1",
    args: [eventId],
  });
  const consent = await client.execute({ sql: "select consent_version from registrations where event_id = ? and consent_version is not null limit 1", args: [eventId] });
  const row = mail.rows[0];
  const consentVersion = String(consent.rows[0]?.consent_version ?? "lasttest");
  if (!row) {
    console.warn("  WARNING: the HTTP run left no mail in the outbox; the floor writes a placeholder mail of 4 kB instead.");
    return { kind: "registration_confirmed", subject: "Lasttest", textBody: "x".repeat(1500), htmlBody: "x".repeat(2500), attachments: "[]", consentVersion };
  }
  return {
    kind: String(row.kind),
    subject: String(row.subject),
    textBody: String(row.text_body),
    htmlBody: String(row.html_body),
    attachments: String(row.attachments),
    consentVersion,
  };
}
