import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations } from "@/db/schema";
import { signInSettings } from "@/lib/config/auth-settings";
import { writeTransaction } from "@/lib/db/write-transaction";
import { UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { claimTry, clearFailures } from "@/lib/rate-limit/failure-delay";
import { hitRateLimit, takeBackRateLimitHit } from "@/lib/rate-limit/rate-limit";
import { verifyPassword } from "./password";
import { issueSignInTicket } from "./sign-in-ticket";

export type SignInCheck = { ok: true; ticket: string } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The key of an address's failed sign-ins (also lifted by a new password, lib/accounts/password-commands.ts). */
export function signInFailuresKey(email: string): string {
  return `signin:account:${email.trim().toLowerCase()}`;
}

/**
 * Checks e-mail and password, throttled two ways (counted in the database, so that it holds
 * across server processes):
 * - per address, a delay that grows with each failure (lib/rate-limit/failure-delay.ts): it slows
 *   guessing down without ever locking the owner out, who gets in once the delay has passed (or at
 *   once through the reset link); a try inside the delay is refused without checking the password;
 * - per source address, a hard limit of failures per window (not when the source cannot be known,
 *   see lib/http/client-ip.ts: then all requests share one source, and that limit would let anyone
 *   lock everyone out).
 * A successful sign-in clears the address's failures. Unknown addresses are counted and timed like
 * known ones, so the answer never tells whether an address has an account.
 */
export async function checkSignIn(emailInput: string, password: string, source: string, now = Date.now()): Promise<SignInCheck> {
  const email = emailInput.trim().toLowerCase();
  const settings = signInSettings();
  const accountKey = signInFailuresKey(email);
  const sourceKey = `signin:ip:${source}`;
  const limitSource = settings.failuresPerIp > 0 && source !== UNKNOWN_SOURCE;
  // Every try is counted before the password is checked, so that many tries sent at the same
  // moment cannot all get past the limits; a successful sign-in takes its try back.
  if (limitSource) {
    const perSource = await hitRateLimit(sourceKey, settings.failuresPerIp, settings.windowSeconds, now);
    if (!perSource.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: perSource.retryAfterSeconds };
  }
  if (settings.failuresPerAccount > 0) {
    const claim = await claimTry(accountKey, { freeFailures: settings.failuresPerAccount, maxDelaySeconds: settings.maxDelaySeconds }, now);
    if (!claim.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: claim.retryAfterSeconds };
  }
  const [account] = await db
    .select({ id: accounts.id, passwordHash: accounts.passwordHash, active: accounts.active, sessionVersion: accounts.sessionVersion, organisationActive: organisations.active })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.email, email));
  const passwordOk = await verifyPassword(account?.passwordHash, password);
  if (!account || !passwordOk || !account.active || !account.organisationActive) return { ok: false, reason: "invalid" };
  await Promise.all([clearFailures(accountKey), limitSource ? takeBackRateLimitHit(sourceKey) : null]);
  await writeTransaction((tx) => tx.update(accounts).set({ lastSignInAt: new Date(now) }).where(eq(accounts.id, account.id)));
  return { ok: true, ticket: issueSignInTicket(account.id, account.sessionVersion, now) };
}
