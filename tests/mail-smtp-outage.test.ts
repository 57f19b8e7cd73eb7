import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { lateSmtpServer } from "./support/late-smtp-server";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * The mail server is down for a long time: every mail stays in the outbox, is retried with growing
 * pauses (time moves by passing `now`), and is marked failed after MAX_ATTEMPTS; the office sees
 * the backlog and the failures, sends them again once the server is back, and each arrives once.
 */
let smtp: Awaited<ReturnType<typeof lateSmtpServer>>;

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
beforeAll(async () => {
  smtp = await lateSmtpServer();
  reloadSettingsForTests({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: "Test <noreply@example.org>" });
  ctx = await freshDemoDatabase(new Date());
});
afterAll(() => smtp.close());

it("keeps mails through a long outage, marks them failed, and delivers them once after 'Erneut versuchen'", async () => {
  const t = await import("@/db/schema");
  const { deliverDueMails, MAX_ATTEMPTS } = await import("@/lib/mail/sender");
  const { outboxStatusFor } = await import("@/lib/mail/outbox-status");
  const { retryFailedMails } = await import("@/lib/mail/retry-failed");
  const { loadActor } = await import("@/lib/auth/actor");
  // The sender logs each failed try (60 here); the test checks the rows instead.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const [kim] = await ctx.db.select().from(t.accounts).where(eq(t.accounts.email, "kim.koch@mainz.example.org"));
  const office = (await loadActor(kim.id, kim.sessionVersion))!;
  await ctx.db.delete(t.mailOutbox);
  const start = new Date(Date.UTC(2031, 2, 1, 8));
  for (const n of [1, 2, 3]) {
    await ctx.db.insert(t.mailOutbox).values({ kind: "registration_confirmed", recipient: `ausfall-${n}@example.org`, subject: `Ausfall ${n}`, textBody: "t", htmlBody: "<p>t</p>", nextAttemptAt: start, createdAt: start });
  }

  // The outage: each round fails every due mail; the next round comes when they are due again.
  let now = start;
  const pauses: number[] = [];
  for (let round = 1; round <= MAX_ATTEMPTS; round++) {
    expect(await deliverDueMails({ now })).toMatchObject({ claimed: 3, sent: 0, failed: 3 });
    const rows = await ctx.db.select().from(t.mailOutbox);
    expect(rows.every((r) => r.attempts === round)).toBe(true);
    const next = Math.max(...rows.map((r) => r.nextAttemptAt.getTime()));
    // In whole seconds: the sender adds the milliseconds its round took.
    pauses.push(Math.round((next - now.getTime()) / 1000));
    if (round === 1) {
      const backlog = await outboxStatusFor(office);
      expect(backlog).toMatchObject({ pending: 3, failed: 0, oldestPendingSince: start });
    }
    // Not due before its pause has passed.
    expect(await deliverDueMails({ now: new Date(next - 1000) })).toMatchObject({ claimed: 0 });
    now = new Date(next + 1);
  }
  // Growing pauses (30 s, 1, 2, 5, 10, 30 min, then hourly), and every mail kept, marked failed.
  for (let i = 1; i < pauses.length; i++) expect(pauses[i]).toBeGreaterThanOrEqual(pauses[i - 1]);
  expect(pauses.slice(0, 7)).toEqual([30, 60, 120, 300, 600, 1800, 3600]);
  expect(pauses.at(-1)).toBe(3600);
  const afterOutage = await ctx.db.select().from(t.mailOutbox);
  expect(afterOutage.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
  expect(afterOutage.every((r) => r.lastError && /ECONNREFUSED/.test(r.lastError))).toBe(true);
  expect(await deliverDueMails({ now: new Date(now.getTime() + 24 * 3600_000) })).toMatchObject({ claimed: 0 });
  expect(await outboxStatusFor(office)).toMatchObject({ pending: 0, oldestPendingSince: null, failed: 3 });

  // The server is back; the office presses "Erneut versuchen"; each mail arrives once.
  await smtp.start();
  expect(await retryFailedMails(office, now)).toBe(3);
  expect(await deliverDueMails({ now })).toMatchObject({ claimed: 3, sent: 3, failed: 0 });
  expect(await deliverDueMails({ now: new Date(now.getTime() + 24 * 3600_000) })).toMatchObject({ claimed: 0 });
  expect(smtp.received.sort()).toEqual(["Ausfall 1", "Ausfall 2", "Ausfall 3"]);
  expect(await outboxStatusFor(office)).toMatchObject({ pending: 0, failed: 0 });
  const [audit] = await ctx.db.select().from(t.auditLog).where(eq(t.auditLog.action, "mail.retried"));
  expect(audit).toMatchObject({ actorAccountId: office.accountId, after: { mails: 3 } });
  // Nothing to retry: no audit entry.
  expect(await retryFailedMails(office, now)).toBe(0);
  expect(await ctx.db.select().from(t.auditLog).where(eq(t.auditLog.action, "mail.retried"))).toHaveLength(1);
});
