import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { and, eq, inArray, ne } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * The outbox sender against a real SMTP server in this process (smtp-server + mailparser):
 * delivery, retries while the server is down, and exactly-once delivery with several senders,
 * one of them in another process (`scripts/jobs.ts`).
 */

const now = new Date("2026-11-25T12:00:00Z");
const root = path.resolve(__dirname, "..");

/** A real SMTP server on 127.0.0.1 that keeps what it receives; it can be stopped and started again. */
class TestSmtpServer {
  messages: ParsedMail[] = [];
  /** Pause before accepting each message (to make senders overlap). */
  delayMs = 0;
  port = 0;
  private server: SMTPServer | null = null;

  async start(port = this.port): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      disableReverseLookup: true,
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            setTimeout(() => callback(), this.delayMs);
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
    this.port = address.port;
    return this.port;
  }

  get running(): boolean {
    return this.server !== null;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  withSubjectPrefix(prefix: string) {
    return this.messages.filter((m) => m.subject?.startsWith(prefix));
  }
}

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let smtp: TestSmtpServer;
let schema: typeof import("@/db/schema");
let sender: typeof import("@/lib/mail/sender");
let outbox: typeof import("@/lib/mail/outbox");
let writeTransaction: typeof import("@/lib/db/write-transaction").writeTransaction;

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  smtp = new TestSmtpServer();
  const port = await smtp.start();
  reloadSettingsForTests({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: '"Flüchtlingskoordination Test" <noreply@fortbildung.mainz.example>',
    PUBLIC_URL: "https://fortbildung.mainz.example",
  });
  schema = await import("@/db/schema");
  sender = await import("@/lib/mail/sender");
  outbox = await import("@/lib/mail/outbox");
  ({ writeTransaction } = await import("@/lib/db/write-transaction"));
});

afterAll(async () => {
  await smtp?.stop();
  ctx?.client.close();
});

beforeEach(async () => {
  await ctx.db.delete(schema.mailOutbox);
  smtp.messages = [];
  smtp.delayMs = 0;
  if (!smtp.running) await smtp.start();
  // Failed deliveries are logged; keep the test output readable.
  const { logger } = await import("@/lib/ops/logger");
  vi.spyOn(logger, "warn").mockImplementation(() => undefined);
  vi.spyOn(logger, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Puts `count` test mails into the outbox, in one transaction, due at `at`. */
async function enqueue(count: number, prefix: string, at = now) {
  return writeTransaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 1; i <= count; i++) {
      const id = await outbox.enqueueMail(
        tx,
        {
          kind: "test",
          recipient: `person${i}@example.org`,
          subject: `${prefix} ${i}`,
          text: `Hallo ${i}`,
          html: `<p>Hallo ${i}</p>`,
          attachments: [{ filename: `termin-${i}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" }],
        },
        at,
      );
      ids.push(id!);
    }
    return ids;
  });
}

async function row(id: number) {
  const [r] = await ctx.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, id));
  return r;
}

describe("mail sender", () => {
  it("delivers a queued mail once and marks it sent", async () => {
    const [id] = await enqueue(1, "Einzeln");
    const round = await sender.deliverDueMails({ owner: "test-a", now });
    expect(round).toMatchObject({ claimed: 1, sent: 1, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const received = smtp.messages[0];
    expect(received.subject).toBe("Einzeln 1");
    expect(received.text?.trim()).toBe("Hallo 1");
    expect(received.html).toContain("<p>Hallo 1</p>");
    expect(received.from?.text).toContain("noreply@fortbildung.mainz.example");
    expect(received.headers.get("auto-submitted")).toBe("auto-generated");
    expect(received.attachments.map((a) => a.filename)).toEqual(["termin-1.ics"]);

    const stored = await row(id);
    expect(stored).toMatchObject({ status: "sent", transport: "smtp", attempts: 0, leaseOwner: null, leaseUntil: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    // A stable Message-ID derived from the row and the PUBLIC_URL host.
    expect(stored.messageId).toMatch(new RegExp(`^<outbox-${id}-[0-9a-z]+@fortbildung\\.mainz\\.example>$`));
    expect(received.messageId).toBe(stored.messageId);

    // Nothing is due any more: a second round sends nothing.
    expect(await sender.deliverDueMails({ owner: "test-b", now: new Date(now.getTime() + 3600_000) })).toMatchObject({ claimed: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("retries with growing pauses while the SMTP server is down, and delivers exactly once when it is back", async () => {
    await smtp.stop();
    const [id] = await enqueue(1, "Wiederholt");

    expect(await sender.deliverDueMails({ owner: "test", now })).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    const first = await row(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, leaseOwner: null, leaseUntil: null });
    expect(first.lastError).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
    expect(first.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 30_000);
    // Logged with the mail's id and attempt, not the error's text (an SMTP refusal quotes the address).
    const { logger } = await import("@/lib/ops/logger");
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ event: "mail.retry", mailId: id, attempts: 1 }), expect.any(String));

    // Not due yet: nothing happens, nothing is lost.
    expect(await sender.deliverDueMails({ owner: "test", now: new Date(now.getTime() + 10_000) })).toMatchObject({ claimed: 0 });

    expect(await sender.deliverDueMails({ owner: "test", now: first.nextAttemptAt })).toMatchObject({ failed: 1 });
    const second = await row(id);
    expect(second.attempts).toBe(2);
    const firstPause = first.nextAttemptAt.getTime() - now.getTime();
    const secondPause = second.nextAttemptAt.getTime() - first.nextAttemptAt.getTime();
    expect(secondPause).toBeGreaterThan(firstPause);

    await smtp.start();
    expect(await sender.deliverDueMails({ owner: "test", now: second.nextAttemptAt })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await sender.deliverDueMails({ owner: "test", now: new Date(second.nextAttemptAt.getTime() + 24 * 3600_000) })).toMatchObject({
      claimed: 0,
    });
    expect(smtp.withSubjectPrefix("Wiederholt")).toHaveLength(1);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, transport: "smtp" });
  });

  it("gives up after MAX_ATTEMPTS but keeps the mail, visible as failed", async () => {
    await smtp.stop();
    const [id] = await enqueue(1, "Aufgegeben");
    let at = now;
    for (let i = 0; i < sender.MAX_ATTEMPTS; i++) {
      expect(await sender.deliverDueMails({ owner: "test", now: at })).toMatchObject({ failed: 1 });
      at = (await row(id)).nextAttemptAt;
    }
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "failed", attempts: sender.MAX_ATTEMPTS });
    expect(stored.lastError).toBeTruthy();
    // A failed mail is not tried again, but it is still there.
    expect(await sender.deliverDueMails({ owner: "test", now: new Date(at.getTime() + 30 * 24 * 3600_000) })).toMatchObject({ claimed: 0 });
  });

  it("grows the pause between attempts up to an hour", () => {
    const pauses = Array.from({ length: 10 }, (_, i) => sender.retryDelayMs(i + 1));
    expect(pauses.slice(0, 7)).toEqual([30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000]);
    expect(pauses.every((p, i) => i === 0 || p >= pauses[i - 1])).toBe(true);
  });

  it("never lets two senders take the same mail: the lease holds until it runs out", async () => {
    const ids = await enqueue(3, "Lease");
    // A sender claims everything and then dies without sending.
    const claimed = await writeTransaction((tx) =>
      tx.update(schema.mailOutbox).set({ leaseOwner: "dead", leaseUntil: new Date(now.getTime() + sender.LEASE_MS) }).returning(),
    );
    expect(claimed).toHaveLength(3);
    expect(await sender.deliverDueMails({ owner: "other", now: new Date(now.getTime() + 60_000) })).toMatchObject({ claimed: 0 });
    // After the lease ran out, another sender takes the mails over.
    expect(await sender.deliverDueMails({ owner: "other", now: new Date(now.getTime() + sender.LEASE_MS + 1000) })).toMatchObject({
      claimed: 3,
      sent: 3,
    });
    expect(smtp.withSubjectPrefix("Lease")).toHaveLength(3);
    for (const id of ids) expect((await row(id)).status).toBe("sent");
  });

  it("delivers each of 50 mails exactly once with three senders at work: two here, one in another process", async () => {
    smtp.delayMs = 25;
    const start = new Date();
    const ids = await enqueue(50, "Parallel", start);
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const child: ChildProcess = spawn(tsx, ["--conditions", "react-server", "scripts/jobs.ts"], {
      cwd: root,
      env: { ...process.env, MAIL_SENDER_INTERVAL_MS: "20", REMINDER_INTERVAL_MS: "3600000" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let childOutput = "";
    child.stdout?.on("data", (d) => (childOutput += String(d)));
    child.stderr?.on("data", (d) => (childOutput += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

    try {
      // Let the other process begin, so that all three senders overlap.
      const deadline = Date.now() + 30_000;
      while (smtp.withSubjectPrefix("Parallel").length === 0) {
        if (Date.now() > deadline) throw new Error(`jobs process sent nothing:\n${childOutput}`);
        await new Promise((r) => setTimeout(r, 20));
      }

      const sentHere = { a: 0, b: 0 };
      // Not yet sent: waiting, or claimed by a sender (maybe the other process) that is still at it.
      // Counting only "pending" ended the loops while the other process still had mails in hand.
      const pending = async () =>
        (await ctx.db.select({ id: schema.mailOutbox.id }).from(schema.mailOutbox).where(and(inArray(schema.mailOutbox.id, ids), ne(schema.mailOutbox.status, "sent")))).length;
      const loop = async (owner: "a" | "b") => {
        while (Date.now() < deadline) {
          const round = await sender.deliverDueMails({ owner: `test-${owner}`, limit: 3 });
          sentHere[owner] += round.sent;
          if (round.claimed === 0) {
            if ((await pending()) === 0) return;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      };
      await Promise.all([loop("a"), loop("b")]);

      const received = smtp.withSubjectPrefix("Parallel");
      expect(received).toHaveLength(50);
      expect(new Set(received.map((m) => m.subject)).size).toBe(50);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(50);

      // Only this test's mails: the jobs process also puts reminders that are due by the clock into
      // the outbox, and whether any are due depends on the day the test runs.
      const rows = (await ctx.db.select().from(schema.mailOutbox)).filter((r) => ids.includes(r.id));
      expect(rows).toHaveLength(50);
      expect(rows.every((r) => r.status === "sent" && r.attempts === 0)).toBe(true);
      expect(received.map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.messageId).sort());
      // All three took part.
      expect(sentHere.a + sentHere.b).toBeGreaterThan(0);
      expect(sentHere.a + sentHere.b).toBeLessThan(50);
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  }, 60_000);
});
