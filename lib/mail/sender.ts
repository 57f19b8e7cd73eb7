import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { mailOutbox, type OutboxMail } from "@/db/schema";
import { settings, uidDomain } from "@/lib/config/env";
import { writeTransaction } from "@/lib/db/write-transaction";
import { errorFields, logger } from "@/lib/ops/logger";
import { mailFrom, mailMode, smtpTransport, type MailMode } from "./transport";

/**
 * The outbox worker. Each round claims due mails with a lease in one statement (so that several
 * senders, in one or several processes, never take the same row), delivers them one by one and
 * records the outcome only while it still holds the lease. A failed delivery is retried later with
 * growing pauses; after MAX_ATTEMPTS the mail is marked "failed" and stays in the outbox, visible.
 *
 * Delivery is "at least once" in one rare case: when a process dies after the SMTP server accepted
 * a mail but before it was marked sent, the mail goes out again once the lease has run out. It then
 * carries the same Message-ID, so receiving servers and mail programs can recognise the repeat.
 */

/** How long a claim is valid. A sender that dies leaves its rows to others after this time. */
export const LEASE_MS = 5 * 60_000;
/** A send must be able to finish before the lease ends (see the SMTP timeouts in transport.ts). */
const SEND_BUDGET_MS = 90_000;
/** After this many failed attempts a mail is marked "failed" (about 15 hours of retries). */
export const MAX_ATTEMPTS = 20;
const RETRY_DELAYS_MS = [30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000];
const HOUR_MS = 60 * 60_000;

/** The pause before the next try after `attempts` failed ones: 30 s, 1, 2, 5, 10, 30 min, then hourly. */
export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.max(0, attempts - 1)] ?? HOUR_MS;
}

/** A Message-ID that stays the same for every try of one outbox row. */
export function outboxMessageId(mail: Pick<OutboxMail, "id" | "createdAt">): string {
  return `<outbox-${mail.id}-${mail.createdAt.getTime().toString(36)}@${uidDomain()}>`;
}

/** A name for this sender, unique across processes and machines. */
export function defaultSenderName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export type DeliveryRound = {
  /** Rows this round took from the outbox. */
  claimed: number;
  /** Delivered (through SMTP, or into the local mailbox). */
  sent: number;
  /** Failed this time; tried again later, or marked "failed" after MAX_ATTEMPTS. */
  failed: number;
  /** Given back unsent because the lease was about to run out. */
  released: number;
};

export type DeliverOptions = {
  /** Who holds the lease; defaults to a fresh unique name. */
  owner?: string;
  /** The most mails to take in this round. */
  limit?: number;
  /** The current time (tests move it forward to make retries due). */
  now?: Date;
  /** When aborted (the process is stopping), the mails not yet tried go back to the outbox. */
  signal?: AbortSignal;
};

/** Takes up to `limit` due mails for `owner`, atomically: one UPDATE … WHERE id IN (SELECT …) RETURNING. */
async function claimDueMails(owner: string, limit: number, now: Date): Promise<OutboxMail[]> {
  const rows = await writeTransaction((tx) =>
    tx
      .update(mailOutbox)
      .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          mailOutbox.id,
          tx
            .select({ id: mailOutbox.id })
            .from(mailOutbox)
            .where(
              and(
                eq(mailOutbox.status, "pending"),
                lte(mailOutbox.nextAttemptAt, now),
                or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, now)),
              ),
            )
            .orderBy(asc(mailOutbox.id))
            .limit(limit),
        ),
      )
      .returning(),
  );
  return rows.sort((a, b) => a.id - b.id);
}

let warned = false;
function warnNoTransportOnce() {
  if (warned) return;
  warned = true;
  logger.error({ event: "mail.no_transport" }, "SMTP_URL is not set and DEV_MAILBOX is off: mails stay in the outbox until an SMTP server is configured");
}

async function send(mail: OutboxMail, mode: Exclude<MailMode, "none">): Promise<string> {
  const messageId = outboxMessageId(mail);
  if (mode === "mailbox") return messageId;
  await smtpTransport().sendMail({
    from: mailFrom(),
    to: mail.recipient,
    subject: mail.subject,
    text: mail.textBody,
    html: mail.htmlBody,
    attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    messageId,
    date: mail.createdAt,
    // RFC 3834: an automatic mail; out-of-office replies should not answer it.
    headers: { "Auto-Submitted": "auto-generated" },
  });
  return messageId;
}

const isOurs = (id: number, owner: string) => and(eq(mailOutbox.id, id), eq(mailOutbox.leaseOwner, owner));

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; responseCode?: number };
  const text = [e?.code, e?.responseCode, e?.message ?? String(error)].filter(Boolean).join(" ");
  return text.slice(0, 1000);
}

/** One round of the outbox worker: claim due mails, deliver them, record the outcome. */
export async function deliverDueMails(options: DeliverOptions = {}): Promise<DeliveryRound> {
  const owner = options.owner ?? defaultSenderName();
  const limit = options.limit ?? 10;
  const now = options.now ?? new Date();
  const started = performance.now();
  // The time of an event in this round, on the clock the caller gave us.
  const clock = () => new Date(now.getTime() + Math.round(performance.now() - started));
  const mode = mailMode();
  const round: DeliveryRound = { claimed: 0, sent: 0, failed: 0, released: 0 };
  if (mode === "none") {
    warnNoTransportOnce();
    return round;
  }

  const claimed = await claimDueMails(owner, limit, now);
  round.claimed = claimed.length;
  for (const [index, mail] of claimed.entries()) {
    // Too slow a round: hand the rest back rather than risk sending after the lease ran out.
    // Stopping: hand it back so that another sender takes it at once, not after the lease.
    if (performance.now() - started > LEASE_MS - SEND_BUDGET_MS || options.signal?.aborted) {
      round.released = await releaseLeases(owner, claimed.slice(index).map((m) => m.id));
      break;
    }
    let messageId: string;
    try {
      messageId = await send(mail, mode);
    } catch (error) {
      const attempts = mail.attempts + 1;
      const failedForGood = attempts >= MAX_ATTEMPTS;
      const at = clock();
      await writeTransaction((tx) =>
        tx
          .update(mailOutbox)
          .set({
            status: failedForGood ? "failed" : "pending",
            attempts: sql`${mailOutbox.attempts} + 1`,
            lastError: describe(error),
            nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempts)),
            leaseOwner: null,
            leaseUntil: null,
          })
          .where(isOurs(mail.id, owner)),
      );
      // Not the error's text: an SMTP server's refusal quotes the recipient's address.
      const { code, responseCode } = error as { code?: unknown; responseCode?: unknown };
      logger.warn(
        { event: failedForGood ? "mail.failed" : "mail.retry", mailId: mail.id, attempts, code: typeof code === "string" ? code : undefined, responseCode: typeof responseCode === "number" ? responseCode : undefined },
        failedForGood ? "mail delivery failed for good" : "mail delivery failed, will retry",
      );
      round.failed++;
      continue;
    }
    await writeTransaction((tx) =>
      tx
        .update(mailOutbox)
        .set({
          status: "sent",
          sentAt: clock(),
          transport: mode,
          messageId,
          lastError: null,
          leaseOwner: null,
          leaseUntil: null,
          // Delivered by SMTP: drop the bodies, which hold the private manage link in plain text.
          // The local mailbox (development, demo) keeps them, since reading them there is its point.
          ...(mode === "smtp" ? { textBody: "", htmlBody: "", attachments: [] } : {}),
        })
        .where(isOurs(mail.id, owner)),
    );
    round.sent++;
  }
  return round;
}

export type MailSenderOptions = {
  /** Pause between rounds; default `MAIL_SENDER_INTERVAL_MS` or 2000. */
  intervalMs?: number;
  owner?: string;
  limit?: number;
};

function intervalSetting(): number {
  return settings().MAIL_SENDER_INTERVAL_MS;
}

/**
 * Runs `work` in this process until the returned function is called: once right away, then again
 * `intervalMs` after each run has finished (never two runs at once; at once when `work` returns true,
 * meaning more is waiting). The timer does not keep the process alive. `stop()` resolves when the
 * running round has finished. Errors are logged; the loop goes on.
 */
export function runPeriodically(label: string, intervalMs: number, work: () => Promise<boolean>): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delay);
    timer.unref();
  };

  const tick = async () => {
    try {
      while (!stopped && (await work()));
    } catch (error) {
      logger.error({ event: "job.failed", job: label, error: errorFields(error) }, "background round failed");
    } finally {
      schedule(intervalMs);
    }
  };

  schedule(0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/**
 * Gives mails leased by `owner` back to the outbox (pending, no lease): all of them, or those of
 * `ids`. Returns how many. Used when a round stops early and when the process stops.
 */
export async function releaseLeases(owner: string, ids?: number[]): Promise<number> {
  if (ids && ids.length === 0) return 0;
  const rows = await writeTransaction((tx) =>
    tx
      .update(mailOutbox)
      .set({ leaseOwner: null, leaseUntil: null })
      .where(and(eq(mailOutbox.leaseOwner, owner), ids ? inArray(mailOutbox.id, ids) : undefined))
      .returning({ id: mailOutbox.id }),
  );
  return rows.length;
}

/**
 * Runs the sender in this process (see runPeriodically); returns the function that stops it.
 * Stopping lets the mail being sent finish and hands the rest of the round back at once.
 */
export function startMailSender(options: MailSenderOptions = {}): () => Promise<void> {
  const owner = options.owner ?? defaultSenderName();
  const limit = options.limit ?? 10;
  const stopping = new AbortController();
  const stop = runPeriodically("mail", options.intervalMs ?? intervalSetting(), async () => {
    const round = await deliverDueMails({ owner, limit, signal: stopping.signal });
    // A full round that went well: more may be waiting. After failures, wait for the next tick.
    return round.claimed === limit && round.failed === 0;
  });
  return () => {
    stopping.abort();
    return stop();
  };
}
