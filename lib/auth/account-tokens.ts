import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { accountTokens, accounts, type AccountTokenPurpose } from "@/db/schema";
import { absoluteUrl } from "@/lib/config/env";
import type { Tx } from "@/lib/db/write-transaction";
import { hashToken } from "@/lib/registrations/tokens";

const LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  invite: 7 * 24 * 3600_000,
  reset: 2 * 3600_000,
};

/** A new link to set a password (invitation or reset), inside the caller's transaction. Only the hash is stored. */
export async function createAccountToken(tx: Tx, accountId: number, purpose: AccountTokenPurpose, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  await tx.insert(accountTokens).values({ tokenHash: hashToken(token), accountId, purpose, expiresAt: new Date(now.getTime() + LIFETIME_MS[purpose]), createdAt: now });
  return { token, url: absoluteUrl(`/intern/passwort-setzen/${token}`) };
}

/** The account a still valid, unused token belongs to, or null. */
export async function findAccountToken(token: string, now = new Date(), tx: Pick<Tx, "select"> = db) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await tx
    .select({ accountId: accountTokens.accountId, purpose: accountTokens.purpose, name: accounts.name, email: accounts.email, active: accounts.active })
    .from(accountTokens)
    .innerJoin(accounts, eq(accounts.id, accountTokens.accountId))
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)));
  return row && row.active ? row : null;
}
