import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, organisations } from "@/db/schema";
import { signInSettings } from "@/lib/config/auth-settings";
import { writeTransaction } from "@/lib/db/write-transaction";
import { clearRateLimit, hitRateLimit, takeBackRateLimitHit } from "@/lib/rate-limit/rate-limit";
import { verifyPassword } from "./password";
import { issueSignInTicket } from "./sign-in-ticket";

export type SignInCheck = { ok: true; ticket: string } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks e-mail and password. Tries are counted per address and per IP address (in the database,
 * so the count holds across server processes); past the limit, further tries are refused for the
 * rest of the window without checking the password. A successful sign-in clears the address's
 * count. Unknown addresses are counted and timed like known ones, so the answer never tells
 * whether an address has an account.
 */
export async function checkSignIn(emailInput: string, password: string, ip: string, now = Date.now()): Promise<SignInCheck> {
  const email = emailInput.trim().toLowerCase();
  const settings = signInSettings();
  const accountKey = `signin:account:${email}`;
  const ipKey = `signin:ip:${ip}`;
  // Every try is counted before the password is checked, so that many tries sent at the same
  // moment cannot all get past the limit; a successful sign-in takes its try back.
  const [perAccount, perIp] = await Promise.all([
    settings.failuresPerAccount > 0 ? hitRateLimit(accountKey, settings.failuresPerAccount, settings.windowSeconds, now) : null,
    settings.failuresPerIp > 0 ? hitRateLimit(ipKey, settings.failuresPerIp, settings.windowSeconds, now) : null,
  ]);
  if ((perAccount && !perAccount.allowed) || (perIp && !perIp.allowed)) return { ok: false, reason: "throttled" };
  const [account] = await db
    .select({ id: accounts.id, passwordHash: accounts.passwordHash, active: accounts.active, sessionVersion: accounts.sessionVersion, organisationActive: organisations.active })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.email, email));
  const passwordOk = await verifyPassword(account?.passwordHash, password);
  if (!account || !passwordOk || !account.active || !account.organisationActive) return { ok: false, reason: "invalid" };
  await Promise.all([clearRateLimit(accountKey), perIp ? takeBackRateLimitHit(ipKey) : null]);
  await writeTransaction((tx) => tx.update(accounts).set({ lastSignInAt: new Date(now) }).where(eq(accounts.id, account.id)));
  return { ok: true, ticket: issueSignInTicket(account.id, account.sessionVersion, now) };
}
