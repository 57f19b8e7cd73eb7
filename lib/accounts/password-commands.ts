import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accountTokens, accounts } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { createAccountToken, findAccountToken } from "@/lib/auth/account-tokens";
import { hashPassword } from "@/lib/auth/password";
import { signInFailuresKey } from "@/lib/auth/sign-in";
import { clearFailures } from "@/lib/rate-limit/failure-delay";
import { writeTransaction } from "@/lib/db/write-transaction";
import { UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";
import { signInSettings } from "@/lib/config/auth-settings";
import { enqueueMail } from "@/lib/mail/outbox";
import { passwordResetMail } from "@/lib/mail/templates";

/**
 * Sets the password through an invitation or reset link. The link is used up, every other open link
 * of the account too, and the session version goes up: every session signed in before ends. The
 * address's failed sign-ins are forgotten: whoever holds the link is the owner, and the delay
 * that someone else's guessing caused ends at once.
 */
export async function setPasswordWithToken(token: string, password: string, now = new Date()): Promise<"ok" | "invalid"> {
  const found = await findAccountToken(token, now);
  if (!found) return "invalid";
  const passwordHash = await hashPassword(password);
  return writeTransaction(async (tx) => {
    // Checked again inside the transaction: two tabs must not both use one link.
    const still = await findAccountToken(token, now, tx);
    if (!still) return "invalid" as const;
    await tx.update(accountTokens).set({ usedAt: now }).where(and(eq(accountTokens.accountId, found.accountId), isNull(accountTokens.usedAt)));
    const [account] = await tx
      .update(accounts)
      .set({ passwordHash, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: now })
      .where(eq(accounts.id, found.accountId))
      .returning({ organisationId: accounts.organisationId, name: accounts.name });
    await clearFailures(signInFailuresKey(found.email), tx);
    await recordAudit(tx, null, {
      entityType: "account",
      entityId: found.accountId,
      organisationId: account.organisationId,
      action: found.purpose === "invite" ? "account.password_set" : "account.password_reset",
      label: account.name,
    }, now);
    return "ok" as const;
  });
}

/**
 * Sends a reset link when the address belongs to an active account. The caller always shows the
 * same answer, so nobody learns whether an address has an account. Limited per address and IP.
 */
export async function requestPasswordReset(emailInput: string, ip: string, now = new Date()): Promise<void> {
  const email = emailInput.trim().toLowerCase();
  const { windowSeconds, resetsPerAccount, resetsPerIp } = signInSettings();
  // Not per source when the source is unknown: one shared count would let anyone stop every reset.
  const [perAddress, perIp] = await Promise.all([
    hitRateLimit(`reset:account:${email}`, resetsPerAccount, windowSeconds, now.getTime()),
    hitRateLimit(`reset:ip:${ip}`, ip === UNKNOWN_SOURCE ? 0 : resetsPerIp, windowSeconds, now.getTime()),
  ]);
  if (!perAddress.allowed || !perIp.allowed) return;
  const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
  if (!account || !account.active) return;
  await writeTransaction(async (tx) => {
    const link = await createAccountToken(tx, account.id, "reset", now);
    await enqueueMail(tx, { kind: "password_reset", recipient: account.email, ...passwordResetMail({ name: account.name, url: link.url }) }, now);
  });
}
