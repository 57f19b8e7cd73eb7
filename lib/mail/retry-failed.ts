import { translator } from "@/lib/i18n/translator";
import "server-only";
import { eq } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { assertCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";

/**
 * The office sends mails that failed for good (MAX_ATTEMPTS in lib/mail/sender.ts) once more: they
 * become pending, due now, with a fresh count of attempts, so the sender tries them again with
 * the same growing pauses. Office only; one audit entry with the number of mails (no addresses).
 * The audit log has no entity for mails: the entry is filed under the office's organisation.
 */
export async function retryFailedMails(actor: Actor, now = new Date()): Promise<number> {
  assertCoordinator(actor);
  return writeTransaction(async (tx) => {
    const retried = await tx
      .update(mailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, leaseOwner: null, leaseUntil: null })
      .where(eq(mailOutbox.status, "failed"))
      .returning({ id: mailOutbox.id });
    if (retried.length > 0) {
      await recordAudit(
        tx,
        actor,
        { entityType: "organisation", entityId: actor.organisationId, organisationId: actor.organisationId, action: "mail.retried", label: translator("de", "internOffice")("audit.actions.mail.retried"), after: { mails: retried.length } },
        now,
      );
    }
    return retried.length;
  });
}
