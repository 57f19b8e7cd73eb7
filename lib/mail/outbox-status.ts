import "server-only";
import { and, count, desc, eq, min } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

/** How many failed mails the office's overview lists (the count covers all). */
export const FAILED_MAILS_SHOWN = 10;

/**
 * For the office's start page: the mails waiting to go out (how many, since when the oldest
 * waits) and those that failed for good after every retry. Null for everyone but the office: the
 * outbox holds mails of every organisation's participants.
 */
export async function outboxStatusFor(actor: Actor) {
  if (!isCoordinator(actor)) return null;
  const [[pending], [failed], failedMails] = await Promise.all([
    db.select({ n: count(), oldest: min(mailOutbox.createdAt) }).from(mailOutbox).where(eq(mailOutbox.status, "pending")),
    db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.status, "failed")),
    db
      .select({ id: mailOutbox.id, subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, attempts: mailOutbox.attempts, lastError: mailOutbox.lastError })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "failed")))
      .orderBy(desc(mailOutbox.id))
      .limit(FAILED_MAILS_SHOWN),
  ]);
  const oldest = pending.oldest ?? null;
  return { pending: pending.n, oldestPendingSince: oldest, failed: failed.n, failedMails };
}

export type OutboxStatus = NonNullable<Awaited<ReturnType<typeof outboxStatusFor>>>;
