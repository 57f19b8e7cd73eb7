import { expect } from "vitest";
import { count, eq } from "drizzle-orm";
import type { AuthzContext } from "./context";

/**
 * Operations in /intern: only the office sends failed mails again. A partner's admin and organiser
 * are refused, and nothing changes (the failed mail stays failed, no audit entry).
 */
export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/intern/actions.ts#retryFailedMailsAction": async (c) => {
    const { AccessDenied } = await import("@/lib/auth/access");
    const { retryFailedMails } = await import("@/lib/mail/retry-failed");
    const { outboxStatusFor } = await import("@/lib/mail/outbox-status");
    const [mail] = await c.db
      .insert(c.t.mailOutbox)
      .values({ kind: "probe", recipient: "probe@example.org", subject: "Probe", textBody: "", htmlBody: "", status: "failed", attempts: 20, nextAttemptAt: new Date() })
      .returning();
    const audit = async () => (await c.db.select({ n: count() }).from(c.t.auditLog))[0].n;
    const before = await audit();
    for (const actor of [c.vhsAdmin, c.vhsOrganiser, c.foreignAdmin]) {
      await expect(retryFailedMails(actor)).rejects.toBeInstanceOf(AccessDenied);
      expect(await outboxStatusFor(actor)).toBeNull();
    }
    expect((await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.id, mail.id)))[0].status).toBe("failed");
    expect(await audit()).toBe(before);
    await c.db.delete(c.t.mailOutbox).where(eq(c.t.mailOutbox.id, mail.id));
  },
};
